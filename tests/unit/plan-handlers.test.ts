import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function phaseOf(initiativeNumber: number, title: string) {
  const plan = await wb.call('plan.get', {});
  const initiative = plan.initiatives.find((i) => i.number === initiativeNumber)!;
  return plan.phases.find((p) => p.initiativeId === initiative.id && p.title === title)!;
}

describe('plan handlers', () => {
  it('gives the default plan with its period, today\'s quarter and the proposed evaluations', async () => {
    wb = createTestWorkbook();
    const plan = await wb.call('plan.get', {});
    expect(plan.periodStart).toBe('2019-K2');
    expect(plan.periodEnd).toBe('2022-K4');
    expect(plan.today).toMatch(/^\d{4}-K[1-4]$/);
    expect(plan.phases).toHaveLength(10);
    expect(plan.milestones.map((m) => `${m.kind} ${m.quarter} ${m.status} ${m.initiativeId}`)).toEqual([
      'midtvejsevaluering 2021-K1 foreslået null',
      'slutevaluering 2022-K4 foreslået null',
    ]);
  });

  it('stretches a phase by one quarter, and undo puts it back', async () => {
    wb = createTestWorkbook();
    const implementation = await phaseOf(1, 'Implementering af aktiviteter');
    const stretched = await wb.call('plan.phases.update', { id: implementation.id, patch: { endQuarter: '2022-K2' } });
    expect(stretched.endQuarter).toBe('2022-K2');
    const state = await wb.call('app.state', {});
    expect(state.undo.undoLabel).toBe('Ret fasen «Implementering af aktiviteter»: slut 2022 K1 → 2022 K2');
    await wb.call('workbook.undo', {});
    expect((await phaseOf(1, 'Implementering af aktiviteter')).endQuarter).toBe('2022-K1');
  });

  it('moves a phase keeping its length; an open phase keeps running to the end of the period', async () => {
    wb = createTestWorkbook();
    const planning = await phaseOf(1, 'Planlægning af ansættelse og indsats');
    const moved = await wb.call('plan.phases.move', { id: planning.id, by: 2 });
    expect([moved.startQuarter, moved.endQuarter]).toEqual(['2020-K1', '2020-K1']);
    const back = await wb.call('plan.phases.move', { id: planning.id, by: -3 });
    expect([back.startQuarter, back.endQuarter]).toEqual(['2019-K2', '2019-K2']);
    const open = await phaseOf(3, 'Implementering af aktiviteter');
    const movedOpen = await wb.call('plan.phases.move', { id: open.id, by: 1 });
    expect([movedOpen.startQuarter, movedOpen.endQuarter]).toEqual(['2019-K4', null]);
    expect((await wb.call('app.state', {})).undo.undoLabel).toBe('Flyt fasen «Implementering af aktiviteter» ét kvartal frem');
  });

  it('stretches either edge from the stored phase; an open phase gets a fixed end from the period\'s end', async () => {
    wb = createTestWorkbook();
    const open = await phaseOf(3, 'Implementering af aktiviteter');
    const fixed = await wb.call('plan.phases.stretch', { id: open.id, edge: 'end', by: 1 });
    expect([fixed.startQuarter, fixed.endQuarter]).toEqual(['2019-K3', '2023-K1']);
    const later = await wb.call('plan.phases.stretch', { id: open.id, edge: 'start', by: 2 });
    expect([later.startQuarter, later.endQuarter]).toEqual(['2020-K1', '2023-K1']);
    const single = await phaseOf(1, 'Planlægning af ansættelse og indsats');
    const refused = await wb.raw('plan.phases.stretch', { id: single.id, edge: 'end', by: -1 });
    expect(refused.ok ? '' : refused.error.message).toBe('Fasen kan ikke slutte (2019 K2), før den begynder (2019 K3)');
    const milestone = (await wb.call('plan.get', {})).milestones[0]!;
    expect((await wb.call('plan.milestones.move', { id: milestone.id, by: -1 })).quarter).toBe('2020-K4');
  });

  it('refuses an end before the start, in Danish, and writes nothing', async () => {
    wb = createTestWorkbook();
    const planning = await phaseOf(1, 'Planlægning af ansættelse og indsats');
    const refused = await wb.raw('plan.phases.update', { id: planning.id, patch: { endQuarter: '2019-K2' } });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Fasen kan ikke slutte (2019 K2), før den begynder (2019 K3)' } });
    expect((await phaseOf(1, 'Planlægning af ansættelse og indsats')).endQuarter).toBe('2019-K3');
    expect((await wb.call('app.state', {})).undo.canUndo).toBe(false);
  });

  it('refuses malformed input from the renderer with the field named', async () => {
    wb = createTestWorkbook();
    const planning = await phaseOf(1, 'Planlægning af ansættelse og indsats');
    const bad = async (channel: string, input: unknown) => {
      const envelope = await wb.raw(channel, input);
      return envelope.ok ? 'accepted' : envelope.error.message;
    };
    expect(await bad('plan.phases.update', { id: planning.id, patch: { startQuarter: '2019-K5' } })).toBe('Startkvartal skal være et kvartal som 2019-K2');
    expect(await bad('plan.phases.update', { id: planning.id, patch: { status: 'færdig' } })).toBe('Fasens status skal være en af: planlagt, i gang, afsluttet, forsinket');
    expect(await bad('plan.phases.update', { id: planning.id, patch: { title: '  ' } })).toBe('Fasens tekst må ikke være tom');
    expect(await bad('plan.phases.update', { id: planning.id, patch: {} })).toBe('Der er intet at ændre i fasen');
    expect(await bad('plan.phases.move', { id: planning.id, by: 0 })).toBe('Fasen skal flyttes mindst ét kvartal');
    expect(await bad('plan.phases.add', { initiativeId: 1, startQuarter: '2090-K1' })).toBe('Startkvartal 2090 K1 ligger mere end 25 år fra programperioden');
    expect(await bad('plan.phases.add', { initiativeId: 999, startQuarter: '2020-K1' })).toBe('Indsatsen findes ikke (måske er den slettet)');
    expect(await bad('plan.milestones.add', { kind: 'festival', quarter: '2020-K1' })).toContain('Milepælens type skal være en af');
  });

  it('adds an overlapping phase, changes its status and initiative, and removes it', async () => {
    wb = createTestWorkbook();
    const plan = await wb.call('plan.get', {});
    const [first, second] = plan.initiatives;
    const added = await wb.call('plan.phases.add', { initiativeId: first!.id, title: 'Evaluering af lektiecafé', startQuarter: '2021-K1', endQuarter: '2021-K2' });
    expect(added).toMatchObject({ status: 'planlagt', position: 5, endQuarter: '2021-K2' });
    const moved = await wb.call('plan.phases.update', { id: added.id, patch: { status: 'i gang', initiativeId: second!.id } });
    expect(moved).toMatchObject({ status: 'i gang', initiativeId: second!.id, position: 5 });
    const open = await wb.call('plan.phases.update', { id: added.id, patch: { endQuarter: null } });
    expect(open.endQuarter).toBeNull();
    await wb.call('plan.phases.remove', { id: added.id });
    expect((await wb.call('plan.get', {})).phases).toHaveLength(10);
    await wb.call('workbook.undo', {});
    expect((await wb.call('plan.get', {})).phases.find((p) => p.id === added.id)?.title).toBe('Evaluering af lektiecafé');
  });

  it('adds, moves and removes milestones for the programme or one initiative', async () => {
    wb = createTestWorkbook();
    const plan = await wb.call('plan.get', {});
    const decision = await wb.call('plan.milestones.add', { kind: 'beslutning om videreførelse', quarter: '2022-K2', initiativeId: plan.initiatives[0]!.id });
    expect(decision).toMatchObject({ title: 'Beslutning om videreførelse', status: 'planlagt', initiativeId: plan.initiatives[0]!.id });
    const midway = plan.milestones.find((m) => m.kind === 'midtvejsevaluering')!;
    const agreed = await wb.call('plan.milestones.update', { id: midway.id, patch: { quarter: '2021-K2', status: 'planlagt' } });
    expect(agreed).toMatchObject({ quarter: '2021-K2', status: 'planlagt' });
    expect((await wb.call('app.state', {})).undo.undoLabel).toBe('Ret milepælen «Midtvejsevaluering»: flyt 2021 K1 → 2021 K2');
    await wb.call('plan.milestones.remove', { id: decision.id });
    expect((await wb.call('plan.get', {})).milestones).toHaveLength(2);
  });

  it('deleting an initiative takes its phases and milestones along, and undo brings them back', async () => {
    wb = createTestWorkbook();
    const plan = await wb.call('plan.get', {});
    const third = plan.initiatives[2]!;
    await wb.call('plan.milestones.add', { kind: 'beslutning om videreførelse', quarter: '2020-K4', initiativeId: third.id });
    await wb.call('initiatives.remove', { id: third.id });
    const after = await wb.call('plan.get', {});
    expect(after.phases.filter((p) => p.initiativeId === third.id)).toEqual([]);
    expect(after.milestones).toHaveLength(2);
    await wb.call('workbook.undo', {});
    const restored = await wb.call('plan.get', {});
    expect(restored.phases.filter((p) => p.initiativeId === third.id)).toHaveLength(2);
    expect(restored.milestones).toHaveLength(3);
  });

  it('keeps every phase when the period is shortened; the check then flags them', async () => {
    wb = createTestWorkbook();
    await wb.call('program.update', { patch: { periodEnd: '2021-K4' } });
    const plan = await wb.call('plan.get', {});
    expect(plan.phases).toHaveLength(10);
    const report = await wb.call('workbook.check', {});
    expect(report.sound).toBe(true);
    expect(report.problems.filter((p) => p.area === 'Plan').map((p) => p.message)).toEqual([
      'Fasen «Implementering af aktiviteter» (indsats 1), 2020 K1 – 2022 K1, ligger delvist uden for programperioden 2019 K2 – 2021 K4',
      // The document's table gives the last phase no end of its own: it runs to the period's end.
      'Fasen «Eventuel videreførelse af social innovator i driften» (indsats 1), 2022 K2, ligger helt uden for programperioden 2019 K2 – 2021 K4',
      'Fasen «Implementering af aktiviteter» (indsats 2), 2020 K1 – 2022 K1, ligger delvist uden for programperioden 2019 K2 – 2021 K4',
      'Fasen «Eventuel videreførelse af social innovator i driften» (indsats 2), 2022 K2, ligger helt uden for programperioden 2019 K2 – 2021 K4',
      'Milepælen «Slutevaluering», 2022 K4, ligger uden for programperioden 2019 K2 – 2021 K4',
    ]);
    expect(report.problems.filter((p) => p.area === 'Økonomi').map((p) => p.message)).toEqual([
      'Ansættelsen "Social innovator" på "Løn" (Indsats 1 og 2 – social innovator) (2019 K4 – 2022 K3) rækker ud over programperioden 2019 K2 – 2021 K4',
      'Der står beløb for 2022, som ligger uden for programperioden 2019 K2 – 2021 K4',
    ]);
  });
});
