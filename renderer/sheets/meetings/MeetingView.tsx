import { useState } from 'react';
import { mayCall, mayCallWith } from '../../../shared/api/permissions';
import type { UserProfile } from '../../../shared/domain/user';
import { isAgendaLocked, isMinutesLocked } from '../../../shared/meetings/locking';
import { applyAgendaRows } from '../../../shared/meetings/agenda-live';
import { useChannel } from '../../api/use-channel';
import { asLoaded, useLiveChannel } from '../../api/use-live-channel';
import { moveFocusInGroup, rovingTabIndex } from '../../components/roving-focus';
import type { SheetId } from '../../../shared/sheets';
import { AgendaList } from './AgendaList';
import { AgendaSuggestions } from './AgendaSuggestions';
import { ItemAgendaEditor } from './ItemAgendaEditor';
import { ItemMinutesEditor } from './ItemMinutesEditor';
import { MeetingHead } from './MeetingHead';
import { Participants } from './Participants';
import { memberLabel } from './member-label';

export type MeetingMode = 'agenda' | 'minutes';

interface Props {
  meetingId: number;
  user: UserProfile;
  readOnly: boolean;
  onRemoved: () => void;
  openSheet: (sheet: SheetId) => void;
  openMeeting: (meetingId: number) => void;
}

/** One meeting: its head, the agenda or the minutes, the participants, and the chosen item. */
export function MeetingView({ meetingId, user, readOnly, onRemoved, openSheet, openMeeting }: Props) {
  // An edited agenda item replaces that item and the time table in place; the rest reloads.
  const { data, error, reload } = useLiveChannel('meetings.get', { id: meetingId }, asLoaded, applyAgendaRows);
  const initiatives = useChannel('initiatives.list', {}).data ?? [];
  const members = useChannel('program.get', {}).data?.members ?? [];
  const [mode, setMode] = useState<MeetingMode | null>(null);
  const [selectedItemId, setSelectedItemId] = useState<number | null>(null);
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return <p className="loading">Henter mødet …</p>;

  const { meeting } = data;
  // Before the meeting the agenda is the work; once held, the minutes are.
  const shownMode: MeetingMode = mode ?? (meeting.status === 'afholdt' || meeting.status === 'referat godkendt' ? 'minutes' : 'agenda');
  // What the role may do (shared/api/permissions.ts): the meeting itself, its status and unlocking
  // are the chair's; proposing items everyone's but Direktørens; minutes, attendance and actions
  // the chair's and the secretariat's.
  const headReadOnly = readOnly || !mayCall(user.role, 'meetings.update');
  const agendaLocked = readOnly || isAgendaLocked(meeting) || !mayCall(user.role, 'meetings.items.add');
  const minutesLocked = readOnly || isMinutesLocked(meeting) || !mayCallWith(user.role, 'meetings.items.update', { patch: { minutesText: '' } });
  const participantsLocked = readOnly || isMinutesLocked(meeting) || !mayCall(user.role, 'meetings.participants.update');
  const actionsReadOnly = readOnly || !mayCall(user.role, 'actions.update');
  const selectedItem = data.items.find((i) => i.id === selectedItemId) ?? data.items[0] ?? null;
  const memberNames = members.map(memberLabel).filter(Boolean);

  return (
    <div className="meeting-view">
      <MeetingHead detail={data} readOnly={headReadOnly} onRefused={reload} onRemoved={onRemoved} />
      <datalist id="member-names">
        {memberNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="meeting-body">
        <div className="meeting-pane">
          <section className="card">
            <div className="card-header">
              <div className="view-switch" role="group" aria-label="Vis" onKeyDown={(e) => moveFocusInGroup(e, { select: true })}>
                <button type="button" aria-pressed={shownMode === 'agenda'} tabIndex={rovingTabIndex(shownMode === 'agenda')} onClick={() => setMode('agenda')}>
                  Dagsorden
                </button>
                <button type="button" aria-pressed={shownMode === 'minutes'} tabIndex={rovingTabIndex(shownMode === 'minutes')} onClick={() => setMode('minutes')}>
                  Referat
                </button>
              </div>
            </div>
            <AgendaList
              detail={data}
              user={user}
              locked={agendaLocked}
              mode={shownMode}
              selectedId={selectedItem?.id ?? null}
              onSelect={setSelectedItemId}
            />
          </section>
          {shownMode === 'agenda' && !isAgendaLocked(meeting) && (
            <AgendaSuggestions
              meetingId={meeting.id}
              mayTake={!readOnly && mayCall(user.role, 'meetings.suggestions.take')}
              openSheet={openSheet}
              openMeeting={openMeeting}
              onTaken={setSelectedItemId}
            />
          )}
          <section className="card">
            <h2>Deltagere</h2>
            <Participants meetingId={meeting.id} participants={data.participants} locked={participantsLocked} onRefused={reload} />
          </section>
        </div>
        <div className="meeting-pane">
          {selectedItem &&
            (shownMode === 'agenda' ? (
              <ItemAgendaEditor
                key={`agenda-${selectedItem.id}`}
                detail={data}
                item={selectedItem}
                user={user}
                initiatives={initiatives}
                members={members}
                locked={agendaLocked}
                readOnly={actionsReadOnly}
                onRefused={reload}
                onRemoved={() => setSelectedItemId(null)}
              />
            ) : (
              <ItemMinutesEditor
                key={`minutes-${selectedItem.id}`}
                detail={data}
                item={selectedItem}
                members={members}
                locked={minutesLocked}
                readOnly={actionsReadOnly}
                onRefused={reload}
              />
            ))}
        </div>
      </div>
    </div>
  );
}
