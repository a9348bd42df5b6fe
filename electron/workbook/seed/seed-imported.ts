// A new workbook from an imported programme document: exactly what the importer found and the
// user confirmed – programme texts, goals, initiatives with their plan phases, the budget. The
// rest (members, activities, meetings) the group adds as it works.
import type { ImportedBudgetGroup, ImportedProgramme } from '../../../shared/import/imported-programme';
import { quarterKey } from '../../../shared/quarters';
import { toRow } from '../columns';
import type { Transaction } from '../transaction';

/** What the app knows beyond a document (the default programme's): who is responsible for each initiative. */
export interface SeedOptions {
  today?: Date;
  responsible?: Readonly<Record<number, string>>;
}

/** The new rows' ids: initiatives by number, and each budget group's line ids in order. */
export interface SeededIds {
  initiativeIds: Map<number, number>;
  lineIds: number[][];
}

export function seedFromImport(tx: Transaction, imported: ImportedProgramme, options: SeedOptions = {}): SeededIds {
  const today = options.today ?? new Date();
  // A document that names no period at all gets a blank workbook's (the report warned of it).
  const year = today.getFullYear();
  const program = imported.program.periodStart && imported.program.periodEnd
    ? imported.program
    : { ...imported.program, periodStart: quarterKey(year, 1), periodEnd: quarterKey(year + 2, 4) };
  // No approval date is NULL in the file, as on the Program sheet.
  tx.insert('program', { id: 1, ...toRow(program), approved_on: program.approvedOn || null });
  imported.goals.forEach((text, i) => tx.insert('program_list_item', { list: 'goal', text, position: i + 1 }));

  const initiativeIds = new Map<number, number>();
  imported.initiatives.forEach((initiative, i) => {
    const id = tx.insert('initiative', {
      position: i + 1, number: initiative.number, title: initiative.title, status: 'grøn', responsible: options.responsible?.[initiative.number] ?? '',
      target_group: initiative.targetGroup, description: initiative.description,
      effects: JSON.stringify(initiative.effects), effect_follow_up: initiative.effectFollowUp,
    });
    initiativeIds.set(initiative.number, id);
    initiative.participants.forEach((p, j) => tx.insert('initiative_participant', { initiative_id: id, group_name: p.groupName, count: p.count, position: j + 1 }));
    initiative.phases.forEach((phase, j) =>
      tx.insert('plan_phase', { initiative_id: id, title: phase.title, start_quarter: phase.start, end_quarter: phase.end, status: 'planlagt', position: j + 1 }),
    );
  });

  return { initiativeIds, lineIds: insertBudget(tx, imported.budget, initiativeIds) };
}

/** The budget's groups, their initiatives and lines with a budget per year; the new lines' ids, in order. */
export function insertBudget(tx: Transaction, groups: readonly ImportedBudgetGroup[], initiativeIds: ReadonlyMap<number, number>): number[][] {
  return groups.map((group, i) => {
    const groupId = tx.insert('budget_group', { title: group.title, position: i + 1 });
    for (const number of group.initiatives) {
      const initiativeId = initiativeIds.get(number);
      if (initiativeId !== undefined) tx.insert('budget_group_initiative', { group_id: groupId, initiative_id: initiativeId });
    }
    return group.lines.map((line, j) => {
      const lineId = tx.insert('budget_line', { group_id: groupId, cost_type: line.costType, position: j + 1 });
      for (const [year, amount] of Object.entries(line.budget)) {
        tx.insert('budget_amount', { line_id: lineId, year: Number(year), budget: amount, actual_ore: null });
      }
      return lineId;
    });
  });
}
