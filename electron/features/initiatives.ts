import type { initiativeChannels } from '../../shared/api/initiative-channels';
import type { Initiative, InitiativeParticipant, InitiativeWithParticipants } from '../../shared/domain/initiative';
import { fromRow, toRow } from '../workbook/columns';
import { notFound, UserFacingError } from '../workbook/errors';
import type { Row, Transaction } from '../workbook/transaction';
import type { Workbook } from '../workbook/workbook';
import type { HandlerMap } from './handler';
import { nextPosition } from './positions';

const INITIATIVE_FIELD_LABELS: Record<string, string> = {
  number: 'nummer', title: 'titel', responsible: 'ansvarlig', status: 'status', statusReason: 'begrundelse',
  targetGroup: 'målgruppe', description: 'beskrivelse', effects: 'effekter', effectFollowUp: 'opfølgning på effekt',
};

export function readInitiatives(wb: Workbook): InitiativeWithParticipants[] {
  const initiatives = (wb.db.prepare('SELECT * FROM initiative ORDER BY position, number, id').all() as Row[]).map((r) =>
    fromRow<Initiative>(r, ['effects']),
  );
  const participants = (wb.db.prepare('SELECT * FROM initiative_participant ORDER BY position, id').all() as Row[]).map((r) =>
    fromRow<InitiativeParticipant>(r),
  );
  return initiatives.map((i) => ({ ...i, participants: participants.filter((p) => p.initiativeId === i.id) }));
}

export function readInitiative(wb: Workbook, id: number): InitiativeWithParticipants {
  const found = readInitiatives(wb).find((i) => i.id === id);
  if (!found) throw notFound('Indsatsen');
  return found;
}

function participant(wb: Workbook, id: number): InitiativeParticipant {
  const row = wb.db.prepare('SELECT * FROM initiative_participant WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Deltagergruppen');
  return fromRow<InitiativeParticipant>(row);
}

function labelOf(wb: Workbook, id: number): string {
  const row = wb.db.prepare('SELECT number FROM initiative WHERE id = ?').get(id) as { number: number } | undefined;
  return row ? `indsats ${row.number}` : 'indsats';
}

/** Documents and sheets name initiatives by number, so two may not share one. */
function assertNumberFree(tx: Transaction, number: number, exceptId: number): void {
  const taken = tx.db.prepare('SELECT id FROM initiative WHERE number = ? AND id != ?').get(number, exceptId);
  if (taken) throw new UserFacingError('conflict', `Der findes allerede en indsats med nummer ${number}`);
}

export const initiativeHandlers: HandlerMap<keyof typeof initiativeChannels> = {
  'initiatives.list': (_input, ctx) => readInitiatives(ctx.workbook()),

  'initiatives.add': ({ title }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, 'Tilføj indsats', (tx) => {
      const number = ((tx.db.prepare('SELECT MAX(number) FROM initiative').pluck().get() as number | null) ?? 0) + 1;
      return tx.insert('initiative', {
        number,
        title: title ?? `Ny indsats ${number}`,
        position: nextPosition(tx, 'initiative'),
        status: 'grøn',
      });
    });
    return readInitiative(wb, id);
  },

  'initiatives.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const fields = Object.keys(patch).map((f) => INITIATIVE_FIELD_LABELS[f] ?? f).join(', ');
    wb.mutate(ctx.author, `Ret ${labelOf(wb, id)}: ${fields}`, (tx) => {
      tx.require('initiative', id, 'Indsatsen');
      if (patch.number !== undefined) assertNumberFree(tx, patch.number, id);
      tx.update('initiative', id, toRow(patch));
    });
    return readInitiative(wb, id);
  },

  'initiatives.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Slet ${labelOf(wb, id)}`, (tx) => {
      tx.require('initiative', id, 'Indsatsen');
      tx.remove('initiative', id);
    });
    return null;
  },

  'initiatives.participants.add': ({ initiativeId, groupName, count }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, `Tilføj deltagere til ${labelOf(wb, initiativeId)}`, (tx) => {
      tx.require('initiative', initiativeId, 'Indsatsen');
      return tx.insert('initiative_participant', {
        initiative_id: initiativeId,
        group_name: groupName,
        count: count ?? null,
        position: nextPosition(tx, 'initiative_participant', 'initiative_id = ?', initiativeId),
      });
    });
    return participant(wb, id);
  },

  'initiatives.participants.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, 'Ret deltagergruppe', (tx) => {
      tx.require('initiative_participant', id, 'Deltagergruppen');
      tx.update('initiative_participant', id, toRow(patch));
    });
    return participant(wb, id);
  },

  'initiatives.participants.remove': ({ id }, ctx) => {
    ctx.workbook().mutate(ctx.author, 'Fjern deltagergruppe', (tx) => {
      tx.require('initiative_participant', id, 'Deltagergruppen');
      tx.remove('initiative_participant', id);
    });
    return null;
  },
};
