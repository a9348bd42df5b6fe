import type { InitiativeStatus } from '../../../shared/domain/initiative';

const LABELS: Record<InitiativeStatus, string> = { grøn: 'Grøn', gul: 'Gul', rød: 'Rød' };

/** A status shown as a coloured dot and word, so it reads without colour too. */
export function StatusPill({ status }: { status: InitiativeStatus }) {
  return (
    <span className={`status-pill status-${status === 'grøn' ? 'green' : status === 'gul' ? 'yellow' : 'red'}`}>
      <span className="status-dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
