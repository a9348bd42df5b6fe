import type { WorkbookPresence } from '../../shared/api/bridge';
import { serverHost } from './use-presence';

/** The title bar of a shared workbook: where it lives and who has it open now. */
export function SharedPresence({ presence }: { presence: WorkbookPresence }) {
  const others = presence.online.filter((p) => p.name !== presence.me.name || p.role !== presence.me.role);
  return (
    <>
      <span className="badge badge-shared" title={`Arbejdsbogen ligger på serveren ${presence.server}; ændringer ses straks af alle`}>
        Delt arbejdsbog · {serverHost(presence.server)}
      </span>
      {presence.offline ? <OfflineNotice waiting={presence.offline.waiting} /> : <OnlineNow presence={presence} others={others.length} />}
    </>
  );
}

/** The server cannot be reached: what happens to changes now, and how many wait. */
function OfflineNotice({ waiting }: { waiting: number }) {
  return (
    <span className="offline-notice" role="status" title="Ikke forbundet – ændringer gemmes lokalt og sendes, når forbindelsen er tilbage">
      Ikke forbundet – ændringer gemmes lokalt
      {waiting > 0 && <strong> · {waiting === 1 ? '1 ændring venter' : `${waiting} ændringer venter`}</strong>}
    </span>
  );
}

function OnlineNow({ presence, others }: { presence: WorkbookPresence; others: number }) {
  return (
    <>
      <span className="online-now" aria-label="Online nu" title={presence.online.map((p) => `${p.name} (${p.role})`).join('\n')}>
        Online nu:{' '}
        {presence.online.map((person, index) => (
          <span key={`${person.name}|${person.role}`} className="online-person" title={person.role}>
            {index > 0 && ', '}
            {person.name}
          </span>
        ))}
        {others === 0 && <span className="online-alone"> (kun dig)</span>}
      </span>
    </>
  );
}
