// The workbook's change event names the rows that changed, as they look now, so that sheets
// can update those rows by id: edits, inserts, deletes (children too), undo and redo alike.
import { afterEach, describe, expect, it } from 'vitest';
import { collapseChangedRows } from '../../shared/api/workbook-change';
import { createTestWorkbook, recordChanges, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function firstLineId(t: TestWorkbook): Promise<number> {
  return (await t.call('budget.get', {})).data.groups[0]!.lines[0]!.id;
}

describe('the change event carries the changed rows', () => {
  it('an update: the row as stored after it, and before it', async () => {
    wb = createTestWorkbook();
    const lineId = await firstLineId(wb);
    const seen = recordChanges(wb);
    await wb.call('budget.amounts.set', { cells: [{ lineId, year: 2021, measure: 'actual', value: 1234.56 }] });
    expect(seen).toHaveLength(1);
    const [change] = seen;
    expect(change!.tables).toEqual(['budget_amount']);
    expect(change!.rows).toHaveLength(1);
    const row = change!.rows![0]!;
    expect(row).toMatchObject({ table: 'budget_amount', after: { line_id: lineId, year: 2021, actual_ore: 123456 } });
    expect(row.after!.id).toBe(row.id);
    expect(row.before === null || row.before.id === row.id).toBe(true);
  });

  it('an insert and a delete: before null, after null; a removed row takes its children along', async () => {
    wb = createTestWorkbook();
    const { groups } = (await wb.call('budget.get', {})).data;
    const seen = recordChanges(wb);
    const line = await wb.call('budget.lines.add', { groupId: groups[0]!.id, costType: 'Transport' });
    const inserted = seen[0]!.rows!.find((r) => r.table === 'budget_line' && r.id === line.id)!;
    expect(inserted).toMatchObject({ before: null, after: { cost_type: 'Transport', group_id: groups[0]!.id } });

    await wb.call('budget.amounts.set', { cells: [{ lineId: line.id, year: 2022, measure: 'budget', value: 5000 }] });
    await wb.call('budget.lines.remove', { id: line.id });
    const removal = seen.at(-1)!;
    const removedLine = removal.rows!.find((r) => r.table === 'budget_line')!;
    expect(removedLine).toMatchObject({ id: line.id, after: null, before: { cost_type: 'Transport' } });
    expect(removal.rows!.find((r) => r.table === 'budget_amount')).toMatchObject({ after: null, before: { line_id: line.id, budget: 5000 } });
  });

  it('undo and redo carry the rows they put back', async () => {
    wb = createTestWorkbook();
    const lineId = await firstLineId(wb);
    await wb.call('budget.amounts.set', { cells: [{ lineId, year: 2021, measure: 'budget', value: 700_000 }] });
    const seen = recordChanges(wb);
    await wb.call('workbook.undo', {});
    await wb.call('workbook.redo', {});
    const [undo, redo] = seen;
    expect(undo!.description).toMatch(/^Fortryd: /);
    const undone = undo!.rows!.find((r) => r.table === 'budget_amount')!;
    expect(undone.before).toMatchObject({ budget: 700_000 });
    expect(undone.after === null || undone.after.budget !== 700_000).toBe(true);
    expect(redo!.description).toMatch(/^Gentag: /);
    expect(redo!.rows!.find((r) => r.id === undone.id)).toMatchObject({ after: { budget: 700_000 } });
  });

  it('a removed agenda item and its undo', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2030-03-01' });
    const item = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne' });
    const seen = recordChanges(wb);
    await wb.call('meetings.items.remove', { id: item.id });
    expect(seen[0]!.rows!.find((r) => r.table === 'agenda_item' && r.id === item.id)).toMatchObject({ after: null, before: { title: 'Status på indsatserne' } });
    await wb.call('workbook.undo', {});
    expect(seen[1]!.rows!.find((r) => r.table === 'agenda_item' && r.id === item.id)).toMatchObject({
      before: null, after: { title: 'Status på indsatserne', meeting_id: meeting.id },
    });
  });
});

describe('collapseChangedRows', () => {
  const row = (id: number, value: number) => ({ id, value });

  it('keeps each row once: its first before and its last after', () => {
    expect(collapseChangedRows([
      { table: 't', rowId: 1, before: null, after: row(1, 1) },
      { table: 't', rowId: 2, before: row(2, 5), after: row(2, 6) },
      { table: 't', rowId: 1, before: row(1, 1), after: row(1, 2) },
    ])).toEqual([
      { table: 't', id: 1, before: null, after: row(1, 2) },
      { table: 't', id: 2, before: row(2, 5), after: row(2, 6) },
    ]);
  });

  it('leaves out a row inserted and deleted in the same change', () => {
    expect(collapseChangedRows([
      { table: 't', rowId: 1, before: null, after: row(1, 1) },
      { table: 't', rowId: 1, before: row(1, 1), after: null },
    ])).toEqual([]);
  });

  it('says null when more rows changed than a sheet should apply one by one', () => {
    const many = Array.from({ length: 4 }, (_, i) => ({ table: 't', rowId: i, before: null, after: row(i, i) }));
    expect(collapseChangedRows(many, 3)).toBeNull();
    expect(collapseChangedRows(many, 4)).toHaveLength(4);
  });
});
