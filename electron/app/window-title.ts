// The window's title bar: which workbook, and for a shared one where it lives and who else is in it.

export interface TitleFacts {
  fileName: string;
  shared?: {
    host: string;
    connection: 'connected' | 'reconnecting' | 'closed';
    /** The other members online now; null until the server has said. */
    online: string[] | null;
    /** Changes kept on this machine for the server (the outbox), when the app keeps one. */
    outbox?: { waiting: number; refused: number };
  };
}

/** At most this many names; the rest are counted ("og 3 andre"). */
const MAX_NAMES = 4;

function onlineText(others: string[]): string {
  if (!others.length) return 'ingen andre online';
  const shown = others.slice(0, MAX_NAMES).join(', ');
  const rest = others.length - MAX_NAMES;
  return `online: ${shown}${rest > 0 ? ` og ${rest} ${rest === 1 ? 'anden' : 'andre'}` : ''}`;
}

function changes(count: number): string {
  return `${count} ${count === 1 ? 'ændring' : 'ændringer'}`;
}

export function windowTitle({ fileName, shared }: TitleFacts): string {
  if (!shared) return `${fileName} — Arbejdsbogen`;
  const parts = [`Delt · ${shared.host}`];
  const outbox = shared.outbox;
  if (shared.connection === 'reconnecting' && outbox) parts.push('Ikke forbundet – ændringer gemmes lokalt og sendes, når forbindelsen er tilbage');
  else if (shared.connection === 'reconnecting') parts.push('forbindelsen er afbrudt, prøver igen');
  else if (shared.connection === 'closed') parts.push('ikke forbundet');
  else if (shared.online) parts.push(onlineText(shared.online));
  if (outbox?.waiting) parts.push(`${changes(outbox.waiting)} venter på at blive sendt`);
  if (outbox?.refused) parts.push(`${changes(outbox.refused)} afvist af serveren`);
  return `${fileName} — ${parts.join(' · ')} — Arbejdsbogen`;
}
