// The preview's own arithmetic and layout: a file name from any title, overlapping phases on rows of
// their own, a year the document leaves blank counted as nothing in the totals.
import { describe, expect, it } from 'vitest';
import { previewBudget, previewPlan, suggestedWorkbookName } from '../../shared/import/import-preview';
import type { ImportedProgramme } from '../../shared/import/imported-programme';
import { PROGRAM_FIELD_NAMES, type Program } from '../../shared/domain/program';

const emptyProgram = Object.fromEntries(PROGRAM_FIELD_NAMES.map((f) => [f, ''])) as Program;

function programme(over: Partial<ImportedProgramme>): ImportedProgramme {
  return { program: { ...emptyProgram, periodStart: '2025-K1', periodEnd: '2025-K4' }, goals: [], initiatives: [], budget: [], unplaced: [], warnings: [], ...over };
}

describe('import preview', () => {
  it('suggests a file name Windows accepts', () => {
    expect(suggestedWorkbookName('Tryghed: "Værebro" / Park?')).toBe('Tryghed Værebro Park.arbejdsbog');
    expect(suggestedWorkbookName(' .. ')).toBe('Ny arbejdsbog.arbejdsbog');
  });

  it('puts overlapping phases on rows of their own and runs an open phase to the last quarter', () => {
    const plan = previewPlan(programme({
      initiatives: [{
        number: 1, title: 'A', description: '', targetGroup: '', effects: [], effectFollowUp: '', participants: [],
        phases: [{ title: 'Start', start: '2025-K1', end: '2025-K2' }, { title: 'Drift', start: '2025-K2', end: null }, { title: 'Slut', start: '2025-K4', end: '2025-K4' }],
      }],
    }));
    expect(plan?.quarters).toEqual(['2025-K1', '2025-K2', '2025-K3', '2025-K4']);
    expect(plan?.lanes.map((l) => l.phases.map((p) => [p.title, p.from, p.to, p.openEnded]))).toEqual([
      [['Start', 0, 1, false], ['Slut', 3, 3, false]],
      [['Drift', 1, 3, true]],
    ]);
  });

  it('totals each group and the programme per year, a blank year as nothing', () => {
    const budget = previewBudget(programme({
      budget: [
        { title: 'Indsats 1', initiatives: [1], lines: [{ costType: 'Løn', budget: { 2025: 100, 2026: 50 } }, { costType: 'Drift', budget: { 2026: 7 } }] },
        { title: 'Indsats 2', initiatives: [2], lines: [{ costType: 'Aktiviteter', budget: { 2027: 3 } }] },
      ],
    }));
    expect(budget?.years).toEqual([2025, 2026, 2027]);
    expect(budget?.groups[0]!.lines[1]).toEqual({ label: 'Drift', amounts: [null, 7, null], total: 7 });
    expect(budget?.groups[0]!.totals).toEqual({ label: 'I alt Indsats 1', amounts: [100, 57, 0], total: 157 });
    expect(budget?.totals).toEqual({ label: 'I alt', amounts: [100, 57, 3], total: 160 });
    expect(previewBudget(programme({}))).toBeNull();
  });
});
