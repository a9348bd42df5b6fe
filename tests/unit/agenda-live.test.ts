// The open meeting's agenda applies edited agenda items from the change event; the result must
// equal reading the meeting anew, after edits, a decided proposal and an undo alike.
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookChange } from '../../shared/api/workbook-change';
import type { MeetingDetail } from '../../shared/domain/meeting-views';
import { applyAgendaRows } from '../../shared/meetings/agenda-live';
import { createTestWorkbook, recordChanges, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

/** The detail after applying the last change, or 'reload'. */
function applied(detail: MeetingDetail, seen: WorkbookChange[]): MeetingDetail | 'reload' {
  return applyAgendaRows(detail, seen.at(-1)!.rows!);
}

describe('the agenda kept up to date from change events', () => {
  it('equals a fresh read after edits to items, and after undo and redo', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2030-03-01' });
    const item = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne', minutes: 15 });
    const seen = recordChanges(wb);
    let detail = await wb.call('meetings.get', { id: meeting.id });

    const edits: Array<() => Promise<unknown>> = [
      () => wb.call('meetings.items.update', { id: item.id, patch: { minutes: 45, title: 'Status og økonomi' } }),
      () => wb.call('meetings.items.update', { id: item.id, patch: { recommendation: ['at tage status til efterretning'], caseText: 'Se bilag' } }),
      () => wb.call('workbook.undo', {}),
      () => wb.call('workbook.redo', {}),
    ];
    for (const edit of edits) {
      await edit();
      const next = applied(detail, seen);
      if (next === 'reload') throw new Error('an edited item should apply in place');
      detail = next;
      expect(detail).toEqual(await wb.call('meetings.get', { id: meeting.id }));
    }
    expect(detail.schedule.plannedMinutes).toBeGreaterThanOrEqual(45);
  });

  it('reloads when items come, go or move, and ignores other sheets', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2030-03-01' });
    const seen = recordChanges(wb);
    const detail = await wb.call('meetings.get', { id: meeting.id });
    const item = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Nyt punkt' });
    expect(applied(detail, seen)).toBe('reload');
    const withItem = await wb.call('meetings.get', { id: meeting.id });
    await wb.call('meetings.items.move', { id: item.id, toPosition: 1 });
    expect(applied(withItem, seen)).toBe('reload');
    await wb.call('initiatives.update', { id: 1, patch: { status: 'gul', statusReason: 'Mangler frivillige' } });
    expect(applied(withItem, seen)).toBe('reload');
    const lineId = (await wb.call('budget.get', {})).data.groups[0]!.lines[0]!.id;
    await wb.call('budget.amounts.set', { cells: [{ lineId, year: 2021, measure: 'budget', value: 1 }] });
    expect(applied(withItem, seen)).toBe(withItem);
  });
});
