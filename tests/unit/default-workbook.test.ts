import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

describe('the default workbook reproduces the programme document', () => {
  it('carries the programme texts, journal and case numbers', async () => {
    wb = createTestWorkbook();
    const sheet = await wb.call('program.get', {});
    expect(sheet.program.title).toBe('Styrket indsats for social balance i Mørkhøj');
    expect(sheet.program.journalNumber).toBe('85.00.00P20');
    expect(sheet.program.caseNumber).toBe('2015/00638 010');
    expect(sheet.program.periodStart).toBe('2019-K2');
    expect(sheet.program.periodEnd).toBe('2022-K4');
    expect(sheet.program.background).toContain('Mørkhøjanalysen 2017');
    expect(sheet.program.background).toContain('kommunens kernedrift');
    expect(sheet.program.planText).toContain('Værebro Park');
    expect(sheet.program.purpose).toMatch(/^Formålet med programmet er at inspirere/);
    expect(sheet.program.targetGroup).toContain('særligt tilgodese de mest udsatte boligområder');
    expect(sheet.program.followUp).toContain('midtvejs- og slutevaluering');
    expect(sheet.program.responsibility).toContain('Programejer er direktøren i Børne- og Kulturforvaltningen');
    expect(sheet.lists.goal.map((g) => g.text)).toHaveLength(5);
    expect(sheet.lists.goal[4]?.text).toBe('Behov opstået nedefra imødekommes og hjælpes på vej');
    expect(sheet.lists.focusArea.map((f) => f.text)).toEqual([
      'Styrket forældresamarbejde',
      'Bedre fritidsmuligheder',
      'Visionen om et bydelshus eller lignende kulturelt og socialt kraftcenter i Mørkhøj',
    ]);
    expect(sheet.lists.policy).toHaveLength(3);
  });

  it('has the three initiatives with their effects and the participants of initiative 3', async () => {
    wb = createTestWorkbook();
    const initiatives = await wb.call('initiatives.list', {});
    expect(initiatives.map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. Fællesskabende aktiviteter i Mørkhøj',
      '2. Bedre fritidsmuligheder',
      '3. Det gode forældresamarbejde',
    ]);
    const third = initiatives[2]!;
    expect(third.effects).toHaveLength(4);
    expect(third.participants.map((p) => p.count)).toEqual([100, 160, 20, null]);
    expect(third.participants[3]?.groupName).toContain('PPR');
    expect(initiatives[0]!.effectFollowUp).toContain('fokusgrupper eller dialogmøder');
  });

  it('stores the budget figures of the programme document, 2.510.000 kr. in all', async () => {
    wb = createTestWorkbook();
    const dump = (await wb.call('workbook.dump', {})) as { tables: Record<string, Array<Record<string, number | string | null>>> };
    const amounts = dump.tables.budget_amount!;
    const lines = dump.tables.budget_line!;
    const byYear = new Map<number, number>();
    for (const a of amounts) byYear.set(a.year as number, (byYear.get(a.year as number) ?? 0) + ((a.budget as number) ?? 0));
    expect(Object.fromEntries(byYear)).toEqual({ 2019: 477_500, 2020: 930_000, 2021: 630_000, 2022: 472_500 });
    expect([...byYear.values()].reduce((s, v) => s + v, 0)).toBe(2_510_000);
    const salary = lines.find((l) => l.costType === 'Løn')!;
    expect(amounts.filter((a) => a.lineId === salary.id).map((a) => a.budget)).toEqual([143_750, 575_000, 575_000, 431_250]);
  });

  it('stores the plan phases of the programme document', async () => {
    wb = createTestWorkbook();
    const dump = (await wb.call('workbook.dump', {})) as { tables: Record<string, Array<Record<string, unknown>>> };
    const phases = dump.tables.plan_phase!.map((p) => `${p.initiativeId}:${p.startQuarter}-${p.endQuarter ?? '…'} ${p.title}`);
    expect(phases).toContain('1:2019-K3-2019-K3 Planlægning af ansættelse og indsats');
    expect(phases).toContain('2:2020-K1-2022-K1 Implementering af aktiviteter');
    // The table's last phase runs on to the period's end (2022 K4 today, further when the period is extended).
    expect(phases).toContain('1:2022-K2-… Eventuel videreførelse af social innovator i driften');
    expect(phases).toContain('3:2019-K2-2019-K2 Planlægning');
    expect(phases).toContain('3:2019-K3-… Implementering af aktiviteter');
  });

  it('passes its own check', async () => {
    wb = createTestWorkbook();
    const report = await wb.call('workbook.check', {});
    expect(report.problems.filter((p) => p.severity === 'fejl')).toEqual([]);
    expect(report.sound).toBe(true);
  });
});
