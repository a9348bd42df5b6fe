// Reads and writes of the applied_call table (migration 009): which client calls a workbook has
// already carried out, and what they answered.
import type Database from 'better-sqlite3';

export interface AppliedCall {
  /** The handler's answer as sent the first time; undefined when the server stopped before it was stored. */
  answer: unknown;
}

export function findAppliedCall(db: Database.Database, callId: string): AppliedCall | null {
  const row = db.prepare('SELECT answer_json FROM applied_call WHERE call_id = ?').get(callId) as { answer_json: string | null } | undefined;
  if (!row) return null;
  return { answer: row.answer_json === null ? undefined : (JSON.parse(row.answer_json) as unknown) };
}

/** Inside the change's own transaction: the call is applied exactly when its change is. */
export function recordAppliedCall(db: Database.Database, callId: string, at: string): void {
  db.prepare('INSERT INTO applied_call (call_id, at) VALUES (?, ?)').run(callId, at);
}

/** After the handler answered (a separate write: the change itself is already safe). */
export function recordCallAnswer(db: Database.Database, callId: string, answer: unknown): void {
  db.prepare('UPDATE applied_call SET answer_json = ? WHERE call_id = ?').run(JSON.stringify(answer ?? null), callId);
}
