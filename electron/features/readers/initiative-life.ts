import type { Activity, FollowUp, InitiativeLife, InitiativeOverview, Partner } from '../../../shared/domain/activity';
import { summariseInitiative } from '../../../shared/initiative-overview';
import { fromRow } from '../../workbook/columns';
import { notFound } from '../../workbook/errors';
import type { Row } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';

function partnerLinks(wb: Workbook): Map<number, number[]> {
  const links = wb.db
    .prepare(
      `SELECT ap.activity_id AS activityId, ap.partner_id AS partnerId
       FROM activity_partner ap JOIN partner p ON p.id = ap.partner_id ORDER BY p.position, p.id`,
    )
    .all() as Array<{ activityId: number; partnerId: number }>;
  const byActivity = new Map<number, number[]>();
  for (const l of links) byActivity.set(l.activityId, [...(byActivity.get(l.activityId) ?? []), l.partnerId]);
  return byActivity;
}

/** Activities (of one initiative, or all), in their order, each with its partners' ids. */
export function readActivities(wb: Workbook, initiativeId?: number): Activity[] {
  const rows = (initiativeId === undefined
    ? wb.db.prepare('SELECT * FROM activity ORDER BY initiative_id, position, id').all()
    : wb.db.prepare('SELECT * FROM activity WHERE initiative_id = ? ORDER BY position, id').all(initiativeId)) as Row[];
  const links = partnerLinks(wb);
  return rows.map((r) => {
    const a = fromRow<Omit<Activity, 'partnerIds'>>(r);
    return { ...a, partnerIds: links.get(a.id) ?? [] };
  });
}

export function readActivity(wb: Workbook, id: number): Activity {
  const row = wb.db.prepare('SELECT initiative_id FROM activity WHERE id = ?').get(id) as { initiative_id: number } | undefined;
  const found = row && readActivities(wb, row.initiative_id).find((a) => a.id === id);
  if (!found) throw notFound('Aktiviteten');
  return found;
}

export function readPartners(wb: Workbook): Partner[] {
  return (wb.db
    .prepare(
      `SELECT p.*, (SELECT COUNT(*) FROM activity_partner ap WHERE ap.partner_id = p.id) AS activity_count
       FROM partner p ORDER BY p.position, p.id`,
    )
    .all() as Row[]).map((r) => fromRow<Partner>(r));
}

export function readPartner(wb: Workbook, id: number): Partner {
  const found = readPartners(wb).find((p) => p.id === id);
  if (!found) throw notFound('Partneren');
  return found;
}

/** Follow-ups, newest first. */
export function readFollowUps(wb: Workbook, initiativeId?: number): FollowUp[] {
  const rows = (initiativeId === undefined
    ? wb.db.prepare('SELECT * FROM follow_up ORDER BY date DESC, id DESC').all()
    : wb.db.prepare('SELECT * FROM follow_up WHERE initiative_id = ? ORDER BY date DESC, id DESC').all(initiativeId)) as Row[];
  return rows.map((r) => fromRow<FollowUp>(r));
}

export function readFollowUp(wb: Workbook, id: number): FollowUp {
  const row = wb.db.prepare('SELECT * FROM follow_up WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Opfølgningen');
  return fromRow<FollowUp>(row);
}

export function readInitiativeLife(wb: Workbook, initiativeId: number): InitiativeLife {
  if (!wb.db.prepare('SELECT 1 FROM initiative WHERE id = ?').get(initiativeId)) throw notFound('Indsatsen');
  const activities = readActivities(wb, initiativeId);
  const followUps = readFollowUps(wb, initiativeId);
  return { activities, followUps, overview: summariseInitiative(initiativeId, activities, followUps) };
}

export function readOverviews(wb: Workbook): InitiativeOverview[] {
  const ids = wb.db.prepare('SELECT id FROM initiative ORDER BY position, number, id').pluck().all() as number[];
  const activities = readActivities(wb);
  const followUps = readFollowUps(wb);
  return ids.map((id) => summariseInitiative(id, activities.filter((a) => a.initiativeId === id), followUps.filter((f) => f.initiativeId === id)));
}
