import path from 'node:path';
import type { meetingChannels } from '../../../shared/api/meeting-channels';
import type { Attachment } from '../../../shared/domain/meeting';
import { fileNameOf, openRefusal } from '../../open-policy';
import { notFound, UserFacingError } from '../../workbook/errors';
import type { Row } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import { agendaEditProblem } from '../../../shared/meetings/proposals';
import type { HandlerMap } from '../handler';
import { nextPosition } from '../positions';
import { markItemChanged } from './agenda-revisions';
import { assertAgendaEditable, requireItem, refuseIf } from './guards';
import { attachmentFromRow, readMeetingRecord } from './read-meeting';

type AttachmentChannel = 'meetings.attachments.add' | 'meetings.attachments.rename' | 'meetings.attachments.remove' | 'meetings.attachments.open';

function attachment(wb: Workbook, id: number): Attachment {
  const row = wb.db.prepare('SELECT * FROM attachment WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Bilaget');
  return attachmentFromRow(row);
}

/** The meeting an agenda item belongs to, as stored now. */
function meetingOfItem(wb: Workbook, itemId: number) {
  const meetingId = wb.db.prepare('SELECT meeting_id FROM agenda_item WHERE id = ?').pluck().get(itemId) as number | undefined;
  if (meetingId === undefined) throw notFound('Punktet');
  return readMeetingRecord(wb, meetingId);
}

export const attachmentHandlers: HandlerMap<AttachmentChannel & keyof typeof meetingChannels> = {
  'meetings.attachments.add': async ({ itemId }, ctx) => {
    const wb = ctx.workbook();
    // Refuse before asking for a file the user could not attach anyway.
    const before = wb.db.prepare('SELECT proposed_by FROM agenda_item WHERE id = ?').get(itemId) as { proposed_by: string } | undefined;
    assertAgendaEditable(meetingOfItem(wb, itemId));
    refuseIf(agendaEditProblem(ctx.user, { proposedBy: before?.proposed_by ?? '' }));
    const chosen = await ctx.shell.chooseFileToOpen({ title: 'Vælg bilag til punktet', filters: [] });
    if (!chosen) return null;
    // Only a document that could be opened later is attached; judged before the path is resolved,
    // so that a network path is refused as it was given, without touching it.
    const refusal = openRefusal(chosen);
    if (refusal) throw new UserFacingError(refusal.code, `Bilaget "${fileNameOf(chosen)}" kan ikke tilføjes: ${refusal.message}`);
    const filePath = path.resolve(chosen);
    const id = wb.mutate(ctx.author, `Tilføj bilag ${path.basename(filePath)}`, (tx) => {
      const { item, meeting } = requireItem(tx, itemId);
      assertAgendaEditable(meeting);
      refuseIf(agendaEditProblem(ctx.user, item));
      const attachmentId = tx.insert('attachment', {
        item_id: itemId,
        position: nextPosition(tx, 'attachment', 'item_id = ?', itemId),
        name: path.basename(filePath),
        path: filePath,
      });
      // The dagsorden lists the bilag, so a new one after sending changes the item.
      markItemChanged(tx, itemId, meeting);
      return attachmentId;
    });
    return attachment(wb, id);
  },

  'meetings.attachments.rename': ({ id, name }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Omdøb bilag til ${name.trim()}`, (tx) => {
      const row = tx.require('attachment', id, 'Bilaget');
      const { item, meeting } = requireItem(tx, row.item_id as number);
      assertAgendaEditable(meeting);
      refuseIf(agendaEditProblem(ctx.user, item));
      if (tx.update('attachment', id, { name: name.trim() })) markItemChanged(tx, item.id, meeting);
    });
    return attachment(wb, id);
  },

  'meetings.attachments.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Fjern bilag ${attachment(wb, id).name}`, (tx) => {
      const row = tx.require('attachment', id, 'Bilaget');
      const { item, meeting } = requireItem(tx, row.item_id as number);
      assertAgendaEditable(meeting);
      refuseIf(agendaEditProblem(ctx.user, item));
      tx.remove('attachment', id);
      markItemChanged(tx, item.id, meeting);
    });
    return null;
  },

  'meetings.attachments.open': async ({ id }, ctx) => {
    // Only a path stored as an attachment is ever opened; the renderer sends an id.
    // The stored path is judged before any file-system call: the file may come from anyone.
    const stored = attachment(ctx.workbook(), id);
    const refusal = openRefusal(stored.path);
    if (refusal) throw new UserFacingError(refusal.code, `Bilaget "${stored.name}" kan ikke åbnes: ${refusal.message}`);
    const error = await ctx.shell.openPath(stored.path);
    if (error) throw new UserFacingError('refused', `Bilaget "${stored.name}" kunne ikke åbnes: ${error}`);
    return null;
  },
};
