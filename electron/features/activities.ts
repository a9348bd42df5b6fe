import type { activityChannels } from '../../shared/api/activity-channels';
import { formatDateShort } from '../../shared/dates';
import { toRow } from '../workbook/columns';
import { UserFacingError } from '../workbook/errors';
import type { Transaction } from '../workbook/transaction';
import type { HandlerMap } from './handler';
import { nextPosition } from './positions';
import {
  readActivity, readFollowUp, readInitiativeLife, readOverviews,
} from './readers/initiative-life';

type ActivityChannel = Exclude<keyof typeof activityChannels, `partners.${string}`>;

const ACTIVITY_FIELD_LABELS: Record<string, string> = {
  name: 'navn', status: 'status', localOwner: 'forankring', startDate: 'startdato', participants: 'deltagere', note: 'note',
};
const FOLLOW_UP_FIELD_LABELS: Record<string, string> = { date: 'dato', form: 'form', withWhom: 'med hvem', learnt: 'hvad vi lærte' };

function initiativeLabel(tx: Transaction, id: number): string {
  return `indsats ${tx.require('initiative', id, 'Indsatsen').number as number}`;
}

function activityName(tx: Transaction, id: number): string {
  return tx.require('activity', id, 'Aktiviteten').name as string;
}

/** Makes the activity's partners exactly these, recording only the links that change. */
function setPartners(tx: Transaction, activityId: number, partnerIds: number[]): void {
  for (const partnerId of partnerIds) tx.require('partner', partnerId, `Partneren (nr. ${partnerId})`);
  const existing = tx.db.prepare('SELECT id, partner_id FROM activity_partner WHERE activity_id = ?').all(activityId) as Array<{ id: number; partner_id: number }>;
  const wanted = new Set(partnerIds);
  for (const link of existing) if (!wanted.has(link.partner_id)) tx.remove('activity_partner', link.id);
  const kept = new Set(existing.map((l) => l.partner_id));
  for (const partnerId of partnerIds) if (!kept.has(partnerId)) tx.insert('activity_partner', { activity_id: activityId, partner_id: partnerId });
}

export const activityHandlers: HandlerMap<ActivityChannel> = {
  'activities.forInitiative': ({ initiativeId }, ctx) => readInitiativeLife(ctx.workbook(), initiativeId),
  'activities.overview': (_input, ctx) => readOverviews(ctx.workbook()),

  'activities.add': ({ initiativeId, name, status, partnerIds }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, `Tilføj aktivitet${name ? ` «${name}»` : ''}`, (tx) => {
      initiativeLabel(tx, initiativeId);
      const newId = tx.insert('activity', {
        initiative_id: initiativeId,
        name: name ?? 'Ny aktivitet',
        status: status ?? 'idé',
        position: nextPosition(tx, 'activity', 'initiative_id = ?', initiativeId),
      });
      if (partnerIds?.length) setPartners(tx, newId, partnerIds);
      return newId;
    });
    return readActivity(wb, id);
  },

  'activities.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const fields = Object.keys(patch).map((f) => ACTIVITY_FIELD_LABELS[f] ?? f).join(', ');
    wb.mutate(ctx.author, `Ret aktiviteten «${activityNameOf(wb, id)}»: ${fields}`, (tx) => {
      tx.require('activity', id, 'Aktiviteten');
      tx.update('activity', id, toRow(patch));
    });
    return readActivity(wb, id);
  },

  'activities.setPartners': ({ id, partnerIds }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Ret partnere for aktiviteten «${activityNameOf(wb, id)}»`, (tx) => {
      activityName(tx, id);
      setPartners(tx, id, partnerIds);
    });
    return readActivity(wb, id);
  },

  'activities.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Slet aktiviteten «${activityNameOf(wb, id)}»`, (tx) => {
      tx.require('activity', id, 'Aktiviteten');
      tx.remove('activity', id);
    });
    return null;
  },

  'followUps.add': ({ initiativeId, date, form, withWhom, learnt }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, `Tilføj opfølgning (${form} ${formatDateShort(date)})`, (tx) => {
      initiativeLabel(tx, initiativeId);
      return tx.insert('follow_up', { initiative_id: initiativeId, date, form, with_whom: withWhom ?? '', learnt: learnt ?? '' });
    });
    return readFollowUp(wb, id);
  },

  'followUps.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const fields = Object.keys(patch).map((f) => FOLLOW_UP_FIELD_LABELS[f] ?? f).join(', ');
    const before = readFollowUp(wb, id);
    wb.mutate(ctx.author, `Ret opfølgningen ${formatDateShort(before.date)}: ${fields}`, (tx) => {
      tx.require('follow_up', id, 'Opfølgningen');
      tx.update('follow_up', id, toRow(patch));
    });
    return readFollowUp(wb, id);
  },

  'followUps.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const before = readFollowUp(wb, id);
    wb.mutate(ctx.author, `Slet opfølgningen ${formatDateShort(before.date)} (${before.form})`, (tx) => tx.remove('follow_up', id));
    return null;
  },
};

function activityNameOf(wb: { db: Transaction['db'] }, id: number): string {
  const name = wb.db.prepare('SELECT name FROM activity WHERE id = ?').pluck().get(id) as string | undefined;
  if (name === undefined) throw new UserFacingError('not_found', 'Aktiviteten findes ikke (måske er den slettet)');
  return name;
}
