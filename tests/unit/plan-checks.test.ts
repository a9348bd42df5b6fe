import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

const messages = async (area: string) =>
  (await wb.call('workbook.check', {})).problems.filter((p) => p.area === area).map((p) => `[${p.severity}] ${p.message}`);

describe('checks of the plan, the budget years and the activities', () => {
  it('finds nothing to report in the default workbook', async () => {
    wb = createTestWorkbook();
    expect((await wb.call('workbook.check', {})).problems).toEqual([]);
  });

  it('reports budget years and phases before a period that now starts later', async () => {
    wb = createTestWorkbook();
    await wb.call('program.update', { patch: { periodStart: '2020-K1' } });
    expect(await messages('Økonomi')).toEqual([
      '[advarsel] Ansættelsen "Social innovator" på "Løn" (Indsats 1 og 2 – social innovator) (2019 K4 – 2022 K3) rækker ud over programperioden 2020 K1 – 2022 K4',
      '[advarsel] Der står beløb for 2019, som ligger uden for programperioden 2020 K1 – 2022 K4',
    ]);
    const plan = await messages('Plan');
    expect(plan).toContain('[advarsel] Fasen «Planlægning» (indsats 3), 2019 K2, ligger helt uden for programperioden 2020 K1 – 2022 K4');
    expect(plan).toContain('[advarsel] Fasen «Implementering af aktiviteter» (indsats 3), 2019 K3 – 2022 K4, ligger delvist uden for programperioden 2020 K1 – 2022 K4');
    // Indsats 1 and 2 each have two phases in 2019; indsats 3 two.
    expect(plan).toHaveLength(6);
  });

  it('reports nothing once the period is extended to cover everything again', async () => {
    wb = createTestWorkbook();
    await wb.call('program.update', { patch: { periodEnd: '2021-K4' } });
    expect((await wb.call('workbook.check', {})).problems.length).toBeGreaterThan(0);
    await wb.call('program.update', { patch: { periodEnd: '2023-K4' } });
    expect((await wb.call('workbook.check', {})).problems).toEqual([]);
  });

  it('does not report a cancelled milestone outside the period', async () => {
    wb = createTestWorkbook();
    const added = await wb.call('plan.milestones.add', { kind: 'andet', title: 'Opfølgende seminar', quarter: '2023-K2' });
    expect(await messages('Plan')).toEqual(['[advarsel] Milepælen «Opfølgende seminar», 2023 K2, ligger uden for programperioden 2019 K2 – 2022 K4']);
    await wb.call('plan.milestones.update', { id: added.id, patch: { status: 'aflyst' } });
    expect(await messages('Plan')).toEqual([]);
  });

  it('reports a phase stored with its end before its start (e.g. edited outside the app) as an error', async () => {
    wb = createTestWorkbook();
    // Written past the app on purpose: the check exists for files the app did not write.
    wb.session.current!.db.prepare("UPDATE plan_phase SET end_quarter = '2019-K1' WHERE title = 'Planlægning'").run();
    wb.session.current!.db.prepare("UPDATE milestone SET quarter = '2021' WHERE kind = 'midtvejsevaluering'").run();
    const report = await wb.call('workbook.check', {});
    expect(report.sound).toBe(false);
    expect(await messages('Plan')).toEqual([
      '[fejl] Fasen «Planlægning» (indsats 3) slutter 2019 K1, før den begynder 2019 K2',
      '[fejl] Milepælen «Midtvejsevaluering» har et ugyldigt kvartal (2021)',
    ]);
  });

  it('warns when an activity is called forankret without saying who owns it locally', async () => {
    wb = createTestWorkbook();
    const life = await wb.call('activities.forInitiative', { initiativeId: 1 });
    const cafe = life.activities.find((a) => a.name === 'Lektiecafé for børn og unge')!;
    await wb.call('activities.update', { id: cafe.id, patch: { status: 'forankret' } });
    expect(await messages('Indsatser')).toEqual([
      '[advarsel] Aktiviteten «Lektiecafé for børn og unge» (indsats 1) er forankret, men der står ikke, hvem der ejer den lokalt',
    ]);
    await wb.call('activities.update', { id: cafe.id, patch: { localOwner: 'Frivillige fra Mørkhøj Boldklub' } });
    expect(await messages('Indsatser')).toEqual([]);
  });
});
