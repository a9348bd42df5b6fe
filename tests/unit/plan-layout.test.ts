import { describe, expect, it } from 'vitest';
import type { Milestone, PlanPhase, PlanSheetData } from '../../shared/domain/plan';
import { buildPlanLayout, describePhaseSpan } from '../../shared/plan-layout';

let nextId = 1;
function phase(initiativeId: number, title: string, startQuarter: string, endQuarter: string | null, status: PlanPhase['status'] = 'planlagt'): PlanPhase {
  return { id: nextId++, initiativeId, position: nextId, title, startQuarter, endQuarter, status };
}
function milestone(quarter: string, initiativeId: number | null = null, status: Milestone['status'] = 'foreslået'): Milestone {
  return { id: nextId++, initiativeId, kind: 'midtvejsevaluering', title: 'Midtvejsevaluering', quarter, status, note: '' };
}

/** The programme document's plan (PRODUCT.md §5). */
function documentPlan(today: string, overrides: Partial<PlanSheetData> = {}): PlanSheetData {
  return {
    periodStart: '2019-K2',
    periodEnd: '2022-K4',
    today,
    initiatives: [{ id: 1, number: 1, title: 'Fællesskabende aktiviteter' }, { id: 3, number: 3, title: 'Det gode forældresamarbejde' }],
    phases: [
      phase(1, 'Planlægning af ansættelse og indsats', '2019-K3', '2019-K3'),
      phase(1, 'Social innovator ansættes', '2019-K4', '2019-K4'),
      phase(1, 'Implementering af aktiviteter', '2020-K1', '2022-K1'),
      phase(1, 'Eventuel videreførelse af social innovator i driften', '2022-K2', '2022-K4'),
      phase(3, 'Planlægning', '2019-K2', '2019-K2', 'afsluttet'),
      phase(3, 'Implementering af aktiviteter', '2019-K3', null),
    ],
    milestones: [milestone('2021-K1'), milestone('2022-K4')],
    ...overrides,
  };
}

describe('the Plan sheet layout', () => {
  it('has one column per quarter of the period, grouped by year', () => {
    const layout = buildPlanLayout(documentPlan('2026-K4'));
    expect(layout.columns.map((c) => `${c.year} ${c.label}`)).toHaveLength(15);
    expect(layout.columns[0]).toMatchObject({ key: '2019-K2', label: 'K2', inPeriod: true });
    expect(layout.columns.at(-1)).toMatchObject({ key: '2022-K4', inPeriod: true });
    expect(layout.years).toEqual([
      { year: 2019, firstColumn: 0, span: 3 },
      { year: 2020, firstColumn: 3, span: 4 },
      { year: 2021, firstColumn: 7, span: 4 },
      { year: 2022, firstColumn: 11, span: 4 },
    ]);
  });

  it('draws each phase over its quarters, the open one to the end of the period', () => {
    const layout = buildPlanLayout(documentPlan('2026-K4'));
    const [first, third] = layout.rows;
    const implementation = first!.phases.find((p) => p.phase.title === 'Implementering af aktiviteter')!;
    expect([implementation.startColumn, implementation.endColumn]).toEqual([3, 11]);
    const open = third!.phases.find((p) => p.openEnded)!;
    expect(open.end).toBe('2022-K4');
    expect([open.startColumn, open.endColumn]).toEqual([1, 14]);
    expect(first!.lanes).toBe(1);
    expect(describePhaseSpan(open.phase, '2022-K4')).toBe('2019 K3 – periodens slutning (2022 K4)');
  });

  it('says clearly that today lies after the period, and flags phases past their end', () => {
    const layout = buildPlanLayout(documentPlan('2026-K4'));
    expect(layout.today).toMatchObject({ key: '2026-K4', position: 'efter', column: null });
    expect(layout.today.text).toBe('I dag: 2026 K4 – efter programperioden, der sluttede 2022 K4');
    expect(layout.rows[0]!.standing).toBe('Efter programperioden – sidste fase: Eventuel videreførelse af social innovator i driften (2022 K2 – 2022 K4)');
    // Every phase is past; only the one marked afsluttet is not flagged.
    expect(layout.overduePhases.map((p) => p.phase.title)).toHaveLength(5);
    expect(layout.overduePhases.some((p) => p.phase.status === 'afsluttet')).toBe(false);
    expect(layout.nextMilestone).toBeNull();
    expect(layout.programmeMilestones.every((m) => m.overdue)).toBe(true);
  });

  it('marks today inside the period and names each initiative\'s current phase', () => {
    const layout = buildPlanLayout(documentPlan('2021-K1'));
    expect(layout.today.column).toBe(7);
    expect(layout.columns[7]!.isToday).toBe(true);
    expect(layout.today.text).toBe('I dag: 2021 K1 – kvartal 8 af 15 i programperioden');
    expect(layout.rows[0]!.standing).toBe('Nu: Implementering af aktiviteter');
    expect(layout.rows[1]!.currentPhases.map((p) => p.title)).toEqual(['Implementering af aktiviteter']);
    expect(layout.overduePhases.map((p) => `${p.phase.title} ${p.end}`)).toEqual([
      'Planlægning af ansættelse og indsats 2019-K3',
      'Social innovator ansættes 2019-K4',
    ]);
    expect(layout.nextMilestone?.quarter).toBe('2021-K1');
  });

  it('reads sensibly before the period', () => {
    const layout = buildPlanLayout(documentPlan('2018-K4'));
    expect(layout.today.position).toBe('før');
    expect(layout.today.text).toContain('før programperioden, der begynder 2019 K2');
    expect(layout.rows[0]!.standing).toBe('Før programperioden – næste fase: Planlægning af ansættelse og indsats fra 2019 K3');
    expect(layout.overduePhases).toEqual([]);
  });

  it('stacks overlapping phases of one initiative in lanes', () => {
    const data = documentPlan('2021-K1');
    data.phases.push(phase(1, 'Evaluering af lektiecafé', '2021-K1', '2021-K2'));
    data.phases.push(phase(1, 'Kursus', '2021-K3', '2021-K3'));
    const row = buildPlanLayout(data).rows[0]!;
    expect(row.lanes).toBe(2);
    const lane = (title: string) => row.phases.find((p) => p.phase.title === title)!.lane;
    expect(lane('Implementering af aktiviteter')).toBe(0);
    expect(lane('Evaluering af lektiecafé')).toBe(1);
    expect(lane('Kursus')).toBe(1);
    expect(row.standing).toBe('Nu: Implementering af aktiviteter + Evaluering af lektiecafé');
  });

  it('keeps phases and milestones outside a shortened period on the sheet and flags them', () => {
    const layout = buildPlanLayout(documentPlan('2026-K4', { periodEnd: '2021-K4' }));
    expect(layout.columns.at(-1)).toMatchObject({ key: '2022-K4', inPeriod: false });
    expect(layout.columns.filter((c) => !c.inPeriod).map((c) => c.key)).toEqual(['2022-K1', '2022-K2', '2022-K3', '2022-K4']);
    expect(layout.phasesOutsidePeriod.map((p) => p.phase.title)).toEqual([
      'Implementering af aktiviteter',
      'Eventuel videreførelse af social innovator i driften',
    ]);
    expect(layout.milestonesOutsidePeriod.map((m) => m.milestone.quarter)).toEqual(['2022-K4']);
    // The open phase follows the period: now it ends 2021 K4.
    expect(layout.rows[1]!.phases.find((p) => p.openEnded)!.end).toBe('2021-K4');
  });

  it('widens the columns for a phase starting before the period and for an extended period', () => {
    const early = buildPlanLayout(documentPlan('2026-K4', { periodStart: '2019-K4' }));
    expect(early.columns[0]).toMatchObject({ key: '2019-K2', inPeriod: false });
    const extended = buildPlanLayout(documentPlan('2026-K4', { periodEnd: '2027-K4' }));
    expect(extended.columns).toHaveLength(35);
    expect(extended.today.column).toBe(30);
    expect(extended.today.position).toBe('i');
    expect(extended.rows[1]!.phases.find((p) => p.openEnded)!.end).toBe('2027-K4');
    expect(extended.phasesOutsidePeriod).toEqual([]);
  });

  it('shows an initiative without phases with one empty lane', () => {
    const layout = buildPlanLayout(documentPlan('2021-K1', { initiatives: [{ id: 9, number: 4, title: 'Ny' }] }));
    expect(layout.rows[0]).toMatchObject({ lanes: 1, phases: [], standing: 'Ingen faser i planen' });
  });
});
