// The Konflikter list: changes to a shared workbook the server refused when they were sent again
// after a lost connection (a conflict, a role rule, a meeting locked meanwhile). They are kept on
// this machine, shown with the value sent (mine) beside the value stored now (theirs).

/** One field of a refused change, as the person reads it. */
export interface RefusedField {
  /** Danish: "note", "budget 2025", or for a pasted cell where it was ("række 3, E-mail"). */
  label: string;
  /** What I sent, as the sheet shows it. */
  mine: string;
  /** What the server holds now; null when it could not be read (no connection) or there is no stored field to compare. */
  theirs: string | null;
}

export interface RefusedChange {
  /** The change's id in the outbox: what takeTheirs and applyMine name. */
  callId: string;
  /** The sheet it belongs to (Danish), when known. */
  sheet: string | null;
  /** What it changed: "Partner «Jobcenter Gladsaxe»", "Beløb for «Løn»". */
  subject: string;
  /** What kind of change: "rettelse", "ny", "sletning", … */
  action: string;
  fields: RefusedField[];
  /** Mine as plain text, for Kopiér. */
  mineText: string;
  /** The server's reason, in its own words. */
  message: string;
  /** When I made the change, and when the server refused it (ISO). */
  at: string;
  refusedAt: string;
}

export interface RefusedChangeList {
  changes: RefusedChange[];
  /** Why the values stored now could not be read (no connection), or null. */
  theirsProblem: string | null;
}

/** How many changes wait for the server and how many it refused (the event conflicts.changed). */
export interface OutboxCountsPayload {
  waiting: number;
  refused: number;
}
