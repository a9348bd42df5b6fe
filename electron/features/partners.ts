import type { activityChannels } from '../../shared/api/activity-channels';
import { toRow } from '../workbook/columns';
import { UserFacingError } from '../workbook/errors';
import type { Transaction } from '../workbook/transaction';
import type { HandlerMap } from './handler';
import { nextPosition } from './positions';
import { readPartner, readPartners } from './readers/initiative-life';

type PartnerChannel = Extract<keyof typeof activityChannels, `partners.${string}`>;

/** One partner, one row: a second "Mørkhøj Bibliotek" would split its activities in two. */
function assertUniqueName(tx: Transaction, name: string, exceptId?: number): void {
  const clash = tx.db
    .prepare('SELECT name FROM partner WHERE lower(trim(name)) = lower(trim(?)) AND id IS NOT ?')
    .pluck()
    .get(name, exceptId ?? null) as string | undefined;
  if (clash) throw new UserFacingError('conflict', `Der findes allerede en partner med navnet «${clash}»`);
}

export const partnerHandlers: HandlerMap<PartnerChannel> = {
  'partners.list': (_input, ctx) => readPartners(ctx.workbook()),

  'partners.add': ({ name, kind, contact, note }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, `Tilføj partneren «${name.trim()}»`, (tx) => {
      assertUniqueName(tx, name);
      return tx.insert('partner', {
        name: name.trim(), kind: kind ?? 'andet', contact: contact ?? '', note: note ?? '', position: nextPosition(tx, 'partner'),
      });
    });
    return readPartner(wb, id);
  },

  'partners.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const before = readPartner(wb, id);
    wb.mutate(ctx.author, `Ret partneren «${before.name}»`, (tx) => {
      if (patch.name !== undefined) assertUniqueName(tx, patch.name, id);
      tx.update('partner', id, toRow({ ...patch, name: patch.name?.trim() }));
    });
    return readPartner(wb, id);
  },

  'partners.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const before = readPartner(wb, id);
    // The partner's links to activities go with it (recorded, so Fortryd brings them back).
    const suffix = before.activityCount ? ` og fjern den fra ${before.activityCount} aktivitet${before.activityCount === 1 ? '' : 'er'}` : '';
    wb.mutate(ctx.author, `Slet partneren «${before.name}»${suffix}`, (tx) => tx.remove('partner', id));
    return null;
  },
};
