import type { CheckProblem } from '../../../shared/domain/workbook';
import { formatDateLong } from '../../../shared/dates';
import { isClockTime, overrunMessage } from '../../../shared/meetings/time-slots';
import { readMeetings } from '../meetings/read-meeting';
import type { Checker } from './checker';

/** Meetings: sound times, agendas that fit, proposals answered before the agenda goes out. */
export const checkMeetings: Checker = (wb) => {
  const problems: CheckProblem[] = [];
  for (const meeting of readMeetings(wb)) {
    const name = `Mødet ${formatDateLong(meeting.date)}`;
    if (!isClockTime(meeting.startTime) || !isClockTime(meeting.endTime)) {
      problems.push({ severity: 'fejl', area: 'Møder', message: `${name} har et ugyldigt tidspunkt (${meeting.startTime}–${meeting.endTime})` });
      continue;
    }
    if (meeting.status === 'planlagt' || meeting.status === 'dagsorden udsendt') {
      const overrun = overrunMessage({ slots: {}, ...meeting });
      if (overrun) problems.push({ severity: 'advarsel', area: 'Møder', message: `${name}: ${overrun}` });
    }
    if (meeting.pendingProposals > 0 && meeting.status !== 'planlagt') {
      problems.push({
        severity: 'advarsel', area: 'Møder',
        message: `${name} har ${meeting.pendingProposals === 1 ? 'et forslag' : `${meeting.pendingProposals} forslag`} til dagsordenen, som formanden ikke har taget stilling til`,
      });
    }
  }
  const dangling = wb.db
    .prepare(
      `SELECT i.title, m.date FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE i.initiative_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM initiative WHERE id = i.initiative_id)`,
    )
    .all() as Array<{ title: string; date: string }>;
  for (const d of dangling) {
    problems.push({ severity: 'advarsel', area: 'Møder', message: `Punktet "${d.title}" (mødet ${formatDateLong(d.date)}) henviser til en indsats, der er slettet` });
  }
  // A decision or dissent on an "at" that is no longer in the Indstilling (it was shortened after).
  const orphaned = wb.db
    .prepare(
      `SELECT DISTINCT i.title, m.date, d.point_index AS pointIndex FROM (
         SELECT item_id, point_index FROM point_decision UNION SELECT item_id, point_index FROM point_dissent
       ) d JOIN agenda_item i ON i.id = d.item_id JOIN meeting m ON m.id = i.meeting_id
       WHERE d.point_index >= json_array_length(CASE WHEN json_valid(i.recommendation) THEN i.recommendation ELSE '[]' END)
       ORDER BY m.date, i.position, d.point_index`,
    )
    .all() as Array<{ title: string; date: string; pointIndex: number }>;
  for (const o of orphaned) {
    problems.push({
      severity: 'advarsel', area: 'Møder',
      message: `Punktet "${o.title}" (mødet ${formatDateLong(o.date)}) har en beslutning om et ${o.pointIndex + 1}. "at", som ikke længere står i indstillingen`,
    });
  }
  return problems;
};
