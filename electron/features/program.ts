import type { programChannels } from '../../shared/api/program-channels';
import { PROGRAM_FIELDS, type ProgramField, PROGRAM_LISTS, PROGRAM_LIST_KINDS, PROGRAM_FIELD_NAMES, type Member, type Program, type ProgramListItem, type ProgramListKind, type ProgramSheet } from '../../shared/domain/program';
import { compareQuarters } from '../../shared/quarters';
import { fromRow, toRow } from '../workbook/columns';
import { UserFacingError } from '../workbook/errors';
import type { Row } from '../workbook/transaction';
import type { Workbook } from '../workbook/workbook';
import type { HandlerMap } from './handler';
import { followMemberInComingMeetings } from './meetings/member-participants';
import { moveToPosition, nextPosition } from './positions';

export function readProgram(wb: Workbook): Program {
  const row = wb.db.prepare('SELECT * FROM program WHERE id = 1').get() as Row | undefined;
  if (!row) throw new UserFacingError('internal', 'Arbejdsbogen mangler sine programoplysninger');
  const all = fromRow<Program & { id: number }>(row);
  // An approval date not entered yet is NULL in the file (a date column) and '' on the sheet.
  return Object.fromEntries(PROGRAM_FIELD_NAMES.map((f) => [f, all[f] ?? ''])) as Program;
}

export function readMembers(wb: Workbook): Member[] {
  return (wb.db.prepare('SELECT * FROM member ORDER BY position, id').all() as Row[]).map((r) => fromRow<Member>(r));
}

export function readProgramList(wb: Workbook, list: ProgramListKind): ProgramListItem[] {
  return (wb.db.prepare('SELECT * FROM program_list_item WHERE list = ? ORDER BY position, id').all(list) as Row[]).map((r) =>
    fromRow<ProgramListItem>(r),
  );
}

export function readProgramSheet(wb: Workbook): ProgramSheet {
  const lists = Object.fromEntries(PROGRAM_LIST_KINDS.map((k) => [k, readProgramList(wb, k)])) as ProgramSheet['lists'];
  return { program: readProgram(wb), lists, members: readMembers(wb) };
}

function listItem(wb: Workbook, id: number): ProgramListItem {
  return fromRow<ProgramListItem>(wb.db.prepare('SELECT * FROM program_list_item WHERE id = ?').get(id) as Row);
}

function member(wb: Workbook, id: number): Member {
  return fromRow<Member>(wb.db.prepare('SELECT * FROM member WHERE id = ?').get(id) as Row);
}

export const programHandlers: HandlerMap<keyof typeof programChannels> = {
  'program.get': (_input, ctx) => readProgramSheet(ctx.workbook()),

  'program.update': ({ patch }, ctx) => {
    const wb = ctx.workbook();
    const current = readProgram(wb);
    const next = { ...current, ...patch };
    if (compareQuarters(next.periodStart, next.periodEnd) > 0) {
      throw new UserFacingError('invalid_input', 'Perioden kan ikke slutte, før den begynder');
    }
    const labels = Object.keys(patch).map((f) => PROGRAM_FIELDS[f as ProgramField].replace(/^programmets /i, '').toLowerCase()).join(', ');
    const row = toRow(patch);
    if (patch.approvedOn === '') row.approved_on = null;
    wb.mutate(ctx.author, `Ret programmets ${labels}`, (tx) => tx.update('program', 1, row));
    return readProgramSheet(wb);
  },

  'program.list.add': ({ list, text, position }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, `Tilføj til ${PROGRAM_LISTS[list].toLowerCase()}`, (tx) => {
      const newId = tx.insert('program_list_item', { list, text, position: nextPosition(tx, 'program_list_item', 'list = ?', list) });
      if (position !== undefined) {
        const siblings = tx.db.prepare('SELECT id FROM program_list_item WHERE list = ? ORDER BY position, id').pluck().all(list) as number[];
        moveToPosition(tx, 'program_list_item', newId, position, siblings);
      }
      return newId;
    });
    return listItem(wb, id);
  },

  'program.list.update': ({ id, text }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, 'Ret punkt på programmets lister', (tx) => {
      tx.require('program_list_item', id, 'Punktet');
      tx.update('program_list_item', id, { text });
    });
    return listItem(wb, id);
  },

  'program.list.move': ({ id, toPosition }, ctx) => {
    const wb = ctx.workbook();
    const list = wb.mutate(ctx.author, 'Flyt punkt på programmets lister', (tx) => {
      const row = tx.require('program_list_item', id, 'Punktet');
      const siblings = tx.db.prepare('SELECT id FROM program_list_item WHERE list = ? ORDER BY position, id').pluck().all(row.list) as number[];
      moveToPosition(tx, 'program_list_item', id, toPosition, siblings);
      return row.list as ProgramListKind;
    });
    return readProgramList(wb, list);
  },

  'program.list.remove': ({ id }, ctx) => {
    ctx.workbook().mutate(ctx.author, 'Slet punkt fra programmets lister', (tx) => {
      tx.require('program_list_item', id, 'Punktet');
      tx.remove('program_list_item', id);
    });
    return null;
  },

  'members.add': (input, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, 'Tilføj medlem af styregruppen', (tx) =>
      tx.insert('member', { name: '', role: '', organisation: '', email: '', ...toRow(input), position: nextPosition(tx, 'member') }),
    );
    return member(wb, id);
  },

  'members.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, 'Ret medlem af styregruppen', (tx) => {
      const naming = () => fromRow<Member>(tx.require('member', id, 'Medlemmet'));
      const before = naming();
      if (tx.update('member', id, toRow(patch))) followMemberInComingMeetings(tx, id, before, naming());
    });
    return member(wb, id);
  },

  'members.remove': ({ id }, ctx) => {
    ctx.workbook().mutate(ctx.author, 'Fjern medlem af styregruppen', (tx) => {
      tx.require('member', id, 'Medlemmet');
      tx.remove('member', id);
    });
    return null;
  },
};
