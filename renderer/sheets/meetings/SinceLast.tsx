import { sinceLastSections, type SinceLastMeeting } from '../../../shared/meetings/since-last';
import { asLoaded, useLiveChannel } from '../../api/use-live-channel';

// Siden sidst reads actions, initiatives, forbrug and the change log: any change asks again.
const alwaysReload = () => 'reload' as const;

/** »Siden sidst« under "Opfølgning på referat og handlinger": what changed since the previous meeting. */
export function SinceLast({ meetingId }: { meetingId: number }) {
  const { data, error } = useLiveChannel('meetings.sinceLast', { meetingId }, asLoaded<SinceLastMeeting>, alwaysReload);
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return null;
  return (
    <section className="since-last" aria-label="Siden sidst">
      <h3>Siden sidst</h3>
      {sinceLastSections(data).map((section) => (
        <div key={section.heading} className="since-last-section">
          <h4>{section.heading}</h4>
          <ul>
            {section.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
