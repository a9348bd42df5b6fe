// Every call across the bridge answers with an envelope, never a thrown error, so the
// renderer always gets a Danish message it can show.

export type ApiErrorCode =
  | 'unknown_channel'
  | 'invalid_input'
  | 'no_workbook'
  | 'not_found'
  | 'refused'
  | 'read_only'
  | 'conflict'
  | 'internal';

export interface ApiFailure {
  code: ApiErrorCode;
  /** Danish, ready to show to the user. */
  message: string;
  /**
   * Set on a 'conflict' that refused an edit because someone else changed the field after the
   * person saw it: who (»Navn (Rolle)«) and when (ISO). The sheet then shows the stored value again.
   */
  changedBy?: { author: string; at: string };
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/** A refusal as an envelope, for the transports that answer without running a handler. */
export function failure(code: ApiErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
