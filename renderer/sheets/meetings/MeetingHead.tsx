import { useState } from 'react';
import { formatDateLong, formatDateWithWeekday } from '../../../shared/dates';
import { MEETING_STATUSES, type MeetingStatus } from '../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import { canUnlock, isAgendaLocked } from '../../../shared/meetings/locking';
import { useNotifier } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField, TimeField } from '../../components/DateTimeFields';
import { FieldInput } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';
import { moveFocusInGroup, rovingTabIndex } from '../../components/roving-focus';
import { MeetingDocuments } from './MeetingDocuments';
import { AgendaRevisionNotice } from './AgendaRevisionNotice';
import { MeetingStatusPill } from './MeetingStatusPill';
import { SentNotice } from './SentNotice';
import type { SentMeetingDocument } from '../../../shared/domain/report';

interface Props {
  detail: MeetingDetail;
  readOnly: boolean;
  onRefused: () => void;
  onRemoved: () => void;
}

type MeetingPatch = { date?: string; startTime?: string; endTime?: string; place?: string };

type Question = { kind: 'unlock' } | { kind: 'status'; status: MeetingStatus } | { kind: 'remove' };

/** Date, time, place and status of a meeting; the lock and its "Lås op". */
export function MeetingHead({ detail, readOnly, onRefused, onRemoved }: Props) {
  const { run, attempt } = useNotifier();
  const [question, setQuestion] = useState<Question | null>(null);
  const [sent, setSent] = useState<{ meetingId: number; result: SentMeetingDocument } | null>(null);
  const { meeting } = detail;
  const fieldsLocked = readOnly || isAgendaLocked(meeting);

  /** `seen`: the field as the person saw it when they began typing. */
  const save = async (patch: MeetingPatch, seen: MeetingPatch) => {
    const result = await attempt('meetings.update', { id: meeting.id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };

  const chooseStatus = (status: MeetingStatus) => {
    if (status === meeting.status) return;
    // Leaving "referat godkendt" opens approved minutes again: ask first.
    if (meeting.status === 'referat godkendt') setQuestion({ kind: 'status', status });
    else void run('meetings.setStatus', { id: meeting.id, status });
  };

  const lockText = meeting.status === 'referat godkendt'
    ? 'Referatet er godkendt, så dagsorden og referat er beskyttet mod utilsigtede ændringer.'
    : 'Mødet er afholdt, så dagsordenen er beskyttet mod ændringer. Referatet kan stadig skrives.';

  return (
    <section className="card meeting-head" aria-label="Mødet">
      <div className="meeting-head-row">
        <h2>
          Møde {formatDateWithWeekday(meeting.date)}
          {readOnly && <MeetingStatusPill status={meeting.status} />}
          <span className="meeting-previous">
            {detail.previousMeeting ? `forrige møde ${formatDateLong(detail.previousMeeting.date)}` : 'første møde'}
          </span>
        </h2>
        {!readOnly && (
          <div className="status-steps" role="group" aria-label="Mødets status" onKeyDown={(e) => moveFocusInGroup(e)}>
            {MEETING_STATUSES.map((status) => (
              <button key={status} type="button" aria-pressed={meeting.status === status} tabIndex={rovingTabIndex(meeting.status === status)} onClick={() => chooseStatus(status)}>
                {status.charAt(0).toUpperCase() + status.slice(1)}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="meeting-head-row">
        <div className="meeting-fields">
          <DateField label="Dato" value={meeting.date} readOnly={fieldsLocked} onCommit={(date, seen) => save({ date }, { date: seen })} />
          <span className="field meeting-time" role="group" aria-label="Tid">
            <span className="field-label" aria-hidden="true">
              Tid
            </span>
            <TimeField label="Start" hideLabel value={meeting.startTime} readOnly={fieldsLocked} onCommit={(startTime, seen) => save({ startTime }, { startTime: seen })} />
            <span aria-hidden="true">–</span>
            <TimeField label="Slut" hideLabel value={meeting.endTime} readOnly={fieldsLocked} onCommit={(endTime, seen) => save({ endTime }, { endTime: seen })} />
          </span>
          <FieldInput label="Sted" className="meeting-place" value={meeting.place} readOnly={fieldsLocked} onCommit={(place, seen) => save({ place }, { place: seen })} />
        </div>
        <div className="grid-toolbar">
          <MeetingDocuments meeting={meeting} onSent={(result) => setSent({ meetingId: meeting.id, result })} />
          {!readOnly && !fieldsLocked && (
            <button type="button" onClick={() => setQuestion({ kind: 'remove' })}>
              Slet møde
            </button>
          )}
        </div>
      </div>
      {sent?.meetingId === meeting.id && (
        <SentNotice
          sent={sent.result}
          remindStatus={!readOnly && sent.result.document === 'dagsorden' && meeting.status === 'planlagt'}
          onClose={() => setSent(null)}
        />
      )}
      <AgendaRevisionNotice detail={detail} />
      {!readOnly && canUnlock(meeting) && (
        <div className="lock-banner" role="status">
          <span>
            <strong>Låst.</strong> {lockText}
          </span>
          <button type="button" onClick={() => setQuestion({ kind: 'unlock' })}>
            Lås op …
          </button>
        </div>
      )}
      {!readOnly && meeting.unlocked && (
        <div className="lock-banner unlocked" role="status">
          <span>
            <strong>Låst op.</strong> Dagsorden og referat kan rettes. Mødet låses igen, når status ændres.
          </span>
          <button type="button" onClick={() => void run('meetings.setUnlocked', { id: meeting.id, unlocked: false })}>
            Lås igen
          </button>
        </div>
      )}
      {question?.kind === 'unlock' && (
        <ConfirmDialog
          title="Lås mødet op"
          message={`${lockText} Vil du låse op for at rette? Oplåsningen kan fortrydes med Ctrl+Z, og mødet låses igen, når status ændres.`}
          confirmLabel="Lås op"
          onCancel={() => setQuestion(null)}
          onConfirm={() => {
            setQuestion(null);
            void run('meetings.setUnlocked', { id: meeting.id, unlocked: true });
          }}
        />
      )}
      {question?.kind === 'status' && (
        <ConfirmDialog
          title="Ændr status"
          message={`Referatet er godkendt. Ændres status til "${question.status}", kan referatet rettes igen. Vil du fortsætte?`}
          confirmLabel="Ændr status"
          onCancel={() => setQuestion(null)}
          onConfirm={() => {
            const status = question.status;
            setQuestion(null);
            void run('meetings.setStatus', { id: meeting.id, status });
          }}
        />
      )}
      {question?.kind === 'remove' && (
        <ConfirmDialog
          title="Slet møde"
          message={`Slet mødet ${formatDateWithWeekday(meeting.date)} med dagsorden, referat og handlinger? Du kan fortryde med Ctrl+Z.`}
          confirmLabel="Slet"
          onCancel={() => setQuestion(null)}
          onConfirm={() => {
            setQuestion(null);
            void run('meetings.remove', { id: meeting.id }).then((result) => {
              if (result !== undefined) onRemoved();
            });
          }}
        />
      )}
    </section>
  );
}
