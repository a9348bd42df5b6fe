import { PROGRAM_FIELD_NAMES, type Program } from '../../../shared/domain/program';
import { quarterKey } from '../../../shared/quarters';
import { toRow } from '../columns';
import type { Transaction } from '../transaction';
import {
  PROGRAMME_BUDGET, PROGRAMME_FOCUS_AREAS, PROGRAMME_GOALS, PROGRAMME_INITIATIVES, PROGRAMME_MEMBERS,
  PROGRAMME_POLICIES, PROGRAMME_PROGRAM,
} from './programme-document';
import { seedPlanAndActivities } from './plan-and-activities';
import { insertBudget } from './seed-imported';

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

  const lineIds = insertBudget(tx, PROGRAMME_BUDGET, initiativeIds);
  PROGRAMME_BUDGET.forEach((group, i) =>
    group.lines.forEach((line, j) => {
      const e = line.employment;
      const lineId = lineIds[i]?.[j];
      if (!e || lineId === undefined) return;
      tx.insert('budget_employment', {
        line_id: lineId, position: 1, title: e.title, annual_salary: e.annualSalary, start_quarter: e.start, end_quarter: e.end,
      });
    }),
  );
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
