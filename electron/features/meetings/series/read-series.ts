// Reading a Mødeplan: the series, its template in order and the meetings still linked to it.
import type { MeetingSeriesRecord, SeriesMeeting, SeriesOverview, SeriesTemplateItem } from '../../../../shared/domain/meeting-series';
import { fromRow } from '../../../workbook/columns';
import { notFound } from '../../../workbook/errors';
import type { Row } from '../../../workbook/transaction';
import type Database from 'better-sqlite3';

export function templateItemFromRow(row: Row): SeriesTemplateItem {
  return fromRow<SeriesTemplateItem>(row, ['recommendation']);
}

/** The template of a series in agenda order. */
export function readTemplate(db: Database.Database, seriesId: number): SeriesTemplateItem[] {
  return (db.prepare('SELECT * FROM series_template_item WHERE series_id = ? ORDER BY position, id').all(seriesId) as Row[]).map(templateItemFromRow);
}

/** The meetings of a series in date order. */
export function readSeriesMeetings(db: Database.Database, seriesId: number): SeriesMeeting[] {
  return db
    .prepare('SELECT m.id, m.date, m.status FROM series_meeting s JOIN meeting m ON m.id = s.meeting_id WHERE s.series_id = ? ORDER BY m.date, m.start_time, m.id')
    .all(seriesId) as SeriesMeeting[];
}

export function readSeriesOverview(db: Database.Database, id: number): SeriesOverview {
  const row = db.prepare('SELECT * FROM meeting_series WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Mødeplanen');
  return { ...fromRow<MeetingSeriesRecord>(row), template: readTemplate(db, id), meetings: readSeriesMeetings(db, id) };
}

/** Every series, newest first. */
export function readSeriesOverviews(db: Database.Database): SeriesOverview[] {
  const ids = db.prepare('SELECT id FROM meeting_series ORDER BY first_date DESC, id DESC').pluck().all() as number[];
  return ids.map((id) => readSeriesOverview(db, id));
}
