// Lines and groups of the budget: add, rename, reorder, remove, link groups to initiatives.
import type { BudgetGroup, BudgetLine } from '../../../shared/domain/budget';
import { UserFacingError } from '../../workbook/errors';
import type { Transaction } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import { moveToPosition, nextPosition } from '../positions';
import { groupLabel, lineLabel, readBudgetGroup, readBudgetLine } from './read-sheet';

function lineIdsOf(tx: Transaction, groupId: number): number[] {
  return tx.db.prepare('SELECT id FROM budget_line WHERE group_id = ? ORDER BY position, id').pluck().all(groupId) as number[];
}

function groupIds(tx: Transaction): number[] {
  return tx.db.prepare('SELECT id FROM budget_group ORDER BY position, id').pluck().all() as number[];
}

function assertInitiativesExist(tx: Transaction, ids: number[]): void {
  const exists = tx.db.prepare('SELECT 1 FROM initiative WHERE id = ?').pluck();
  for (const id of ids) if (!exists.get(id)) throw new UserFacingError('not_found', 'Indsatsen findes ikke (måske er den slettet)');
}

/** Makes the group's links exactly these initiatives, recording only real changes. */
function setGroupInitiatives(tx: Transaction, groupId: number, initiativeIds: number[]): void {
  assertInitiativesExist(tx, initiativeIds);
  const wanted = new Set(initiativeIds);
  const current = tx.db.prepare('SELECT id, initiative_id AS initiativeId FROM budget_group_initiative WHERE group_id = ?').all(groupId) as Array<{ id: number; initiativeId: number }>;
  for (const link of current) if (!wanted.has(link.initiativeId)) tx.remove('budget_group_initiative', link.id);
  const have = new Set(current.map((l) => l.initiativeId));
  for (const id of wanted) if (!have.has(id)) tx.insert('budget_group_initiative', { group_id: groupId, initiative_id: id });
}

/** A new group's default name: after its initiatives ("Indsats 4 – Lektiecafé"), else "Ny gruppe". */
function defaultGroupTitle(tx: Transaction, initiativeIds: number[]): string {
  if (initiativeIds.length === 0) return 'Ny gruppe';
  const rows = initiativeIds
    .map((id) => tx.db.prepare('SELECT number, title FROM initiative WHERE id = ?').get(id) as { number: number; title: string } | undefined)
    .filter((r): r is { number: number; title: string } => r !== undefined)
    .sort((a, b) => a.number - b.number);
  if (rows.length === 1) return `Indsats ${rows[0]!.number} – ${rows[0]!.title}`;
  const numbers = rows.map((r) => r.number);
  return `Indsats ${numbers.slice(0, -1).join(', ')} og ${numbers.at(-1)}`;
}

export function addLine(wb: Workbook, author: string, input: { groupId: number; costType?: string; afterLineId?: number }): BudgetLine {
  const costType = input.costType?.trim() || 'Ny linje';
  const id = wb.mutate(author, `Tilføj budgetlinjen "${costType}" i ${groupLabel(wb, input.groupId)}`, (tx) => {
    tx.require('budget_group', input.groupId, 'Budgetgruppen');
    const newId = tx.insert('budget_line', { group_id: input.groupId, cost_type: costType, position: nextPosition(tx, 'budget_line', 'group_id = ?', input.groupId) });
    if (input.afterLineId !== undefined) {
      const siblings = lineIdsOf(tx, input.groupId);
      const after = siblings.indexOf(input.afterLineId);
      if (after >= 0) moveToPosition(tx, 'budget_line', newId, after + 2, siblings);
    }
    return newId;
  });
  return readBudgetLine(wb, id);
}

export function renameLine(wb: Workbook, author: string, id: number, costType: string): BudgetLine {
  wb.mutate(author, `Omdøb budgetlinjen ${lineLabel(wb, id)} til "${costType.trim()}"`, (tx) => {
    tx.require('budget_line', id, 'Budgetlinjen');
    tx.update('budget_line', id, { cost_type: costType.trim() });
  });
  return readBudgetLine(wb, id);
}

export function moveLine(wb: Workbook, author: string, input: { id: number; toPosition: number; groupId?: number }): null {
  const target = input.groupId;
  const description = target === undefined ? `Flyt budgetlinjen ${lineLabel(wb, input.id)}` : `Flyt budgetlinjen ${lineLabel(wb, input.id)} til ${groupLabel(wb, target)}`;
  wb.mutate(author, description, (tx) => {
    const row = tx.require('budget_line', input.id, 'Budgetlinjen');
    const from = row.group_id as number;
    const to = target ?? from;
    if (to !== from) {
      tx.require('budget_group', to, 'Budgetgruppen');
      tx.update('budget_line', input.id, { group_id: to });
      tx.renumber('budget_line', lineIdsOf(tx, from));
    }
    moveToPosition(tx, 'budget_line', input.id, Math.max(1, input.toPosition), lineIdsOf(tx, to));
  });
  return null;
}

export function removeLine(wb: Workbook, author: string, id: number): null {
  wb.mutate(author, `Slet budgetlinjen ${lineLabel(wb, id)}`, (tx) => {
    const row = tx.require('budget_line', id, 'Budgetlinjen');
    tx.remove('budget_line', id);
    tx.renumber('budget_line', lineIdsOf(tx, row.group_id as number));
  });
  return null;
}

export function addGroup(wb: Workbook, author: string, input: { title?: string; initiativeIds?: number[] }): BudgetGroup {
  const id = wb.mutate(author, 'Tilføj budgetgruppe', (tx) => {
    const initiativeIds = input.initiativeIds ?? [];
    assertInitiativesExist(tx, initiativeIds);
    const title = input.title?.trim() || defaultGroupTitle(tx, initiativeIds);
    const groupId = tx.insert('budget_group', { title, position: nextPosition(tx, 'budget_group') });
    setGroupInitiatives(tx, groupId, initiativeIds);
    // A group is a place for lines; start it with one so it can be filled in at once.
    tx.insert('budget_line', { group_id: groupId, cost_type: 'Ny linje', position: 1 });
    return groupId;
  });
  return readBudgetGroup(wb, id);
}

export function updateGroup(wb: Workbook, author: string, id: number, patch: { title?: string; initiativeIds?: number[] }): BudgetGroup {
  const what = [patch.title !== undefined ? 'navn' : '', patch.initiativeIds !== undefined ? 'indsatser' : ''].filter(Boolean).join(' og ');
  wb.mutate(author, `Ret budgetgruppen ${groupLabel(wb, id)}: ${what}`, (tx) => {
    tx.require('budget_group', id, 'Budgetgruppen');
    if (patch.title !== undefined) tx.update('budget_group', id, { title: patch.title.trim() });
    if (patch.initiativeIds !== undefined) setGroupInitiatives(tx, id, patch.initiativeIds);
  });
  return readBudgetGroup(wb, id);
}

export function moveGroup(wb: Workbook, author: string, id: number, toPosition: number): null {
  wb.mutate(author, `Flyt budgetgruppen ${groupLabel(wb, id)}`, (tx) => {
    tx.require('budget_group', id, 'Budgetgruppen');
    moveToPosition(tx, 'budget_group', id, Math.max(1, toPosition), groupIds(tx));
  });
  return null;
}

export function removeGroup(wb: Workbook, author: string, id: number): null {
  wb.mutate(author, `Slet budgetgruppen ${groupLabel(wb, id)}`, (tx) => {
    tx.require('budget_group', id, 'Budgetgruppen');
    tx.remove('budget_group', id);
    tx.renumber('budget_group', groupIds(tx));
  });
  return null;
}
