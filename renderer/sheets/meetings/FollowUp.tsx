import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import type { Member } from '../../../shared/domain/program';
import { CarriedOver } from './CarriedOver';
import { SinceLast } from './SinceLast';

interface Props {
  detail: MeetingDetail;
  members: Member[];
  readOnly: boolean;
  onRefused: () => void;
}

/** Under "Opfølgning på referat og handlinger", in the agenda and the minutes: Siden sidst, then the actions followed up. */
export function FollowUp({ detail, members, readOnly, onRefused }: Props) {
  return (
    <>
      <SinceLast meetingId={detail.meeting.id} />
      <CarriedOver detail={detail} members={members} readOnly={readOnly} onRefused={onRefused} />
    </>
  );
}
