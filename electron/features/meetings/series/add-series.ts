// meetings.series.add: the year's meetings of a Mødeplan, made in one change (one undo).
import type { ParsedInput } from '../../../../shared/api/contract';
import type { SeriesCreated, TemplateItem } from '../../../../shared/domain/meeting-series';
import { DEFAULT_SERIES_TITLE, defaultTemplate, describeSeries, orderTemplate, planSeries, scheduleDates, scheduleProblem, templateProblem } from '../../../../shared/meetings/series';
import { UserFacingError } from '../../../workbook/errors';
import type { Transaction } from '../../../workbook/transaction';
import type { HandlerContext } from '../../handler';
import { insertMeeting } from '../create-meeting';
import { itemIdsInOrder } from '../guards';
import { assertTimes } from '../meeting-handlers';
import { readSeriesMeetings, readSeriesOverview } from './read-series';

/** The template as stored: in agenda order, titles and presenters without stray spaces. */
export function tidyTemplate<T extends TemplateItem>(items: readonly T[]): T[] {
  return orderTemplate(items.map((item) => ({ ...item, title: item.title.trim(), presenter: item.presenter.trim() })));
}

/** Stores a template item of a series; answers its id. */
export function insertTemplateItem(tx: Transaction, seriesId: number, item: TemplateItem, position: number): number {
  return tx.insert('series_template_item', {
    series_id: seriesId,
    position,
    standing: item.standing,
    title: item.title,
    type: item.type,
    presenter: item.presenter,
    minutes: item.minutes,
    recommendation: JSON.stringify(item.recommendation),
  });
}

/** Links each agenda item of a new meeting to the template item it was made from (same order). */
export function linkTemplateItems(tx: Transaction, meetingId: number, templateItemIds: readonly number[]): void {
  const itemIds = itemIdsInOrder(tx, meetingId);
  templateItemIds.forEach((templateItemId, index) => tx.insert('series_agenda_item', { template_item_id: templateItemId, item_id: itemIds[index]! }));
}

export function addSeries(input: ParsedInput<'meetings.series.add'>, ctx: HandlerContext): SeriesCreated {
  const { schedule, startTime, endTime } = input;
  assertTimes(startTime, endTime);
  const problem = scheduleProblem(schedule) ?? templateProblem(input.template ?? []);
  if (problem) throw new UserFacingError('invalid_input', problem);
  const template = tidyTemplate(input.template ?? defaultTemplate());
  const dates = scheduleDates(schedule);
  const interval = schedule.kind === 'interval' ? schedule : null;
  const place = input.place.trim();
  const wb = ctx.workbook();
  const described = describeSeries({ everyWeeks: interval?.everyWeeks ?? null, weekday: interval?.weekday ?? null, startTime, endTime, place }, dates.length);

  const { seriesId, skipped } = wb.mutate(ctx.author, `Ny mødeplan: ${described}`, (tx) => {
    const existing = new Set(tx.db.prepare('SELECT date FROM meeting').pluck().all() as string[]);
    const plan = planSeries(dates, existing);
    if (plan.create.length === 0) throw new UserFacingError('invalid_input', `Alle datoerne har allerede et møde, så der er intet at oprette (${plan.skipped.length} sprunget over)`);
    const id = tx.insert('meeting_series', {
      title: input.title?.trim() || DEFAULT_SERIES_TITLE,
      start_time: startTime,
      end_time: endTime,
      place,
      every_weeks: interval?.everyWeeks ?? null,
      weekday: interval?.weekday ?? null,
      first_date: interval?.from ?? dates[0]!,
      last_date: interval?.to ?? dates.at(-1)!,
    });
    const templateItemIds = template.map((item, index) => insertTemplateItem(tx, id, item, index + 1));
    for (const date of plan.create) {
      const meetingId = insertMeeting(tx, { date, startTime, endTime, place }, template);
      tx.insert('series_meeting', { series_id: id, meeting_id: meetingId });
      linkTemplateItems(tx, meetingId, templateItemIds);
    }
    return { seriesId: id, skipped: plan.skipped };
  });
  return { id: seriesId, series: readSeriesOverview(wb.db, seriesId), created: readSeriesMeetings(wb.db, seriesId), skipped };
}
