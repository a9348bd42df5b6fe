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
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };
