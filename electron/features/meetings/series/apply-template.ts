// meetings.series.setTemplate: a changed template agenda, and – when the chair says so – the same
// change on the series' meetings not yet sent, in one change (one undo). Only items that came from
// the template are touched, never items added by hand or proposed; and in them only the fields
// that still read as the template had them, so a meeting's own minutes or presenter stay; an item
// taken off one meeting's agenda by hand is not put back.
import type { ParsedInput } from '../../../../shared/api/contract';
import type { SeriesTemplateItem, TemplateApplied, TemplateItem } from '../../../../shared/domain/meeting-series';
import { positionForNewItem } from '../../../../shared/meetings/agenda';
import { templateProblem } from '../../../../shared/meetings/series';
import { UserFacingError } from '../../../workbook/errors';
import type { Row, Transaction } from '../../../workbook/transaction';
import type { HandlerContext } from '../../handler';
import { itemIdsInOrder } from '../guards';
import { insertTemplateItem, tidyTemplate } from './add-series';
import { readSeriesMeetings, readSeriesOverview, readTemplate } from './read-series';

type EditedItem = TemplateItem & { templateItemId?: number };

/** A template item's fields as the agenda_item row stores them. */
function itemColumns(item: TemplateItem): Row {
  return { title: item.title, type: item.type, presenter: item.presenter, minutes: item.minutes, recommendation: JSON.stringify(item.recommendation) };
}

interface Counts {
  added: number;
  updated: number;
  removed: number;
}

/** The agenda item of a meeting made from a template item, if the meeting still has it. */
function derivedItem(tx: Transaction, meetingId: number, templateItemId: number): Row | undefined {
  return tx.db
    .prepare('SELECT a.* FROM series_agenda_item s JOIN agenda_item a ON a.id = s.item_id WHERE s.template_item_id = ? AND a.meeting_id = ?')
    .get(templateItemId, meetingId) as Row | undefined;
}

/** Brings one meeting's agenda in line with the template: old → new, by template item. */
function applyToMeeting(tx: Transaction, meetingId: number, before: ReadonlyMap<number, SeriesTemplateItem>, after: readonly SeriesTemplateItem[], removedIds: readonly number[], counts: Counts): void {
  for (const id of removedIds) {
    const item = derivedItem(tx, meetingId, id);
    if (item) {
      tx.remove('agenda_item', item.id as number);
      counts.removed++;
    }
  }
  let previousPosition: number | null = null;
  for (const templateItem of after) {
    const item = derivedItem(tx, meetingId, templateItem.id);
    if (item) {
      const old = before.get(templateItem.id);
      const wanted = itemColumns(templateItem);
      // A field changed on this meeting by hand no longer reads as the old template: it stays.
      const stillTemplate = old ? itemColumns(old) : {};
      const patch = Object.fromEntries(Object.entries(wanted).filter(([column]) => item[column] === stillTemplate[column]));
      if (Object.keys(patch).length > 0 && tx.update('agenda_item', item.id as number, patch)) counts.updated++;
      previousPosition = item.position as number;
      continue;
    }
    // An item the template had before, but this meeting lacks, was taken off its agenda by hand: it stays off.
    if (before.has(templateItem.id)) continue;
    // A new template item goes after the template item before it, else before Eventuelt.
    const order = itemIdsInOrder(tx, meetingId);
    const items = order.map((id) => ({ standing: tx.get('agenda_item', id)!.standing as TemplateItem['standing'] }));
    const position: number = previousPosition !== null ? previousPosition + 1 : templateItem.standing === 'approveAgenda' ? 1 : positionForNewItem(items);
    const id = tx.insert('agenda_item', {
      meeting_id: meetingId,
      position,
      standing: templateItem.standing,
      proposal_state: 'accepteret',
      ...itemColumns(templateItem),
    });
    tx.insert('series_agenda_item', { template_item_id: templateItem.id, item_id: id });
    order.splice(position - 1, 0, id);
    tx.renumber('agenda_item', order);
    previousPosition = position;
    counts.added++;
  }
}

/** The template as edited, stored: kept items updated in place, new ones added, dropped ones removed. */
function storeTemplate(tx: Transaction, seriesId: number, edited: readonly EditedItem[], before: ReadonlyMap<number, SeriesTemplateItem>): number[] {
  for (const item of edited) {
    if (item.templateItemId !== undefined && !before.has(item.templateItemId)) {
      throw new UserFacingError('invalid_input', `Skabelonpunkt ${item.templateItemId} hører ikke til denne mødeplan`);
    }
  }
  const kept = new Set(edited.map((i) => i.templateItemId).filter((id) => id !== undefined));
  const removedIds = [...before.keys()].filter((id) => !kept.has(id));
  edited.forEach((item, index) => {
    if (item.templateItemId === undefined) insertTemplateItem(tx, seriesId, item, index + 1);
    else tx.update('series_template_item', item.templateItemId, { position: index + 1, standing: item.standing, ...itemColumns(item) });
  });
  return removedIds;
}

export function setTemplate({ id, template, applyToUnsent }: ParsedInput<'meetings.series.setTemplate'>, ctx: HandlerContext): TemplateApplied {
  const problem = templateProblem(template);
  if (problem) throw new UserFacingError('invalid_input', problem);
  const wb = ctx.workbook();
  const series = readSeriesOverview(wb.db, id);
  const edited = tidyTemplate(template);
  const unsent = series.meetings.filter((m) => m.status === 'planlagt');
  const counts: Counts = { added: 0, updated: 0, removed: 0 };
  const description = `Ret skabelonen for mødeplanen »${series.title}«${applyToUnsent && unsent.length > 0 ? ` og ${unsent.length} møder, der ikke er sendt` : ''}`;
  wb.mutate(ctx.author, description, (tx) => {
    const before = new Map(readTemplate(tx.db, id).map((item) => [item.id, item]));
    const removedIds = storeTemplate(tx, id, edited, before);
    if (applyToUnsent) {
      const after = readTemplate(tx.db, id).filter((item) => !removedIds.includes(item.id));
      const meetings = readSeriesMeetings(tx.db, id).filter((m) => m.status === 'planlagt');
      for (const meeting of meetings) applyToMeeting(tx, meeting.id, before, after, removedIds, counts);
    }
    // Only now: removing a template item also removes its links, which the meetings needed above.
    for (const removed of removedIds) tx.remove('series_template_item', removed);
  });
  return {
    series: readSeriesOverview(wb.db, id),
    meetings: applyToUnsent ? unsent.length : 0,
    ...counts,
    sent: series.meetings.length - unsent.length,
  };
}
