import { PROGRAM_FIELD_NAMES, type Program } from '../../../shared/domain/program';
import { quarterKey } from '../../../shared/quarters';
import { toRow } from '../columns';
import type { Transaction } from '../transaction';
import {
  PROGRAMME_BUDGET, PROGRAMME_FOCUS_AREAS, PROGRAMME_GOALS, PROGRAMME_INITIATIVES, PROGRAMME_MEMBERS,
  PROGRAMME_POLICIES, PROGRAMME_PROGRAM,
} from './programme-document';
import { seedPlanAndActivities } from './plan-and-activities';

/** Fills an empty workbook with the programme document. */
export function seedFromProgrammeDocument(tx: Transaction): void {
  // Not approved yet: an empty date is NULL in the file.
  tx.insert('program', { id: 1, ...toRow(PROGRAMME_PROGRAM), approved_on: null });
  const lists: Array<[string, string[]]> = [['goal', PROGRAMME_GOALS], ['focusArea', PROGRAMME_FOCUS_AREAS], ['policy', PROGRAMME_POLICIES]];
  for (const [list, texts] of lists) texts.forEach((text, i) => tx.insert('program_list_item', { list, text, position: i + 1 }));
  PROGRAMME_MEMBERS.forEach((m, i) => tx.insert('member', { ...m, position: i + 1 }));

  const initiativeIds = new Map<number, number>();
  PROGRAMME_INITIATIVES.forEach((initiative, i) => {
    const { participants, phases, ...fields } = initiative;
    const id = tx.insert('initiative', { ...toRow(fields), position: i + 1 });
    initiativeIds.set(initiative.number, id);
    participants.forEach((p, j) => tx.insert('initiative_participant', { initiative_id: id, group_name: p.groupName, count: p.count, position: j + 1 }));
    phases.forEach((phase, j) =>
      tx.insert('plan_phase', { initiative_id: id, title: phase.title, start_quarter: phase.start, end_quarter: phase.end, status: 'planlagt', position: j + 1 }),
    );
  });

  seedPlanAndActivities(tx, PROGRAMME_PROGRAM.periodStart, PROGRAMME_PROGRAM.periodEnd);

  PROGRAMME_BUDGET.forEach((group, i) => {
    const groupId = tx.insert('budget_group', { title: group.title, position: i + 1 });
    for (const number of group.initiatives) {
      const initiativeId = initiativeIds.get(number);
      if (initiativeId !== undefined) tx.insert('budget_group_initiative', { group_id: groupId, initiative_id: initiativeId });
    }
    group.lines.forEach((line, j) => {
      const lineId = tx.insert('budget_line', { group_id: groupId, cost_type: line.costType, position: j + 1 });
      for (const [year, amount] of Object.entries(line.budget)) {
        tx.insert('budget_amount', { line_id: lineId, year: Number(year), budget: amount, actual_ore: null });
      }
      if (line.employment) {
        const e = line.employment;
        tx.insert('budget_employment', {
          line_id: lineId, position: 1, title: e.title, annual_salary: e.annualSalary, start_quarter: e.start, end_quarter: e.end,
        });
      }
    });
  });
}

/** A blank workbook: only a title and a three-year period from this year. */
export function seedBlank(tx: Transaction, today = new Date()): void {
  const year = today.getFullYear();
  const empty = Object.fromEntries(PROGRAM_FIELD_NAMES.map((f) => [f, ''])) as Program;
  tx.insert('program', {
    id: 1,
    ...toRow({ ...empty, title: 'Ny arbejdsbog', periodStart: quarterKey(year, 1), periodEnd: quarterKey(year + 2, 4) }),
    approved_on: null,
  });
}
