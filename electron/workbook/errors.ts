import type { ApiErrorCode, ApiFailure } from '../../shared/api/envelope';

/** A failure whose message is Danish and meant for the user. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** For an edit refused over someone else's change: who and when (see ApiFailure). */
    readonly changedBy?: ApiFailure['changedBy'],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }

  /** The envelope's failure. */
  get failure(): ApiFailure {
    return this.changedBy ? { code: this.code, message: this.message, changedBy: this.changedBy } : { code: this.code, message: this.message };
  }
}

/** A workbook file that cannot be opened: foreign, damaged, empty, newer, missing. */
export class RefusedFileError extends UserFacingError {
  constructor(message: string) {
    super('refused', message);
    this.name = 'RefusedFileError';
  }
}

/**
 * "Mødet findes ikke (måske er det slettet)", "Indsatsen findes ikke (måske er den slettet)":
 * `what` is the noun in its definite form; a neuter noun ends in -et and takes "det".
 */
export function notFound(what: string): UserFacingError {
  const noun = what.trim().split(/\s/)[0] ?? '';
  const pronoun = /et$/i.test(noun) ? 'det' : 'den';
  return new UserFacingError('not_found', `${what} findes ikke (måske er ${pronoun} slettet)`);
}

/**
 * A file that looks like a workbook but cannot be read in place right now: another machine's
 * writer holds SQLite's exclusive lock, or the folder is read-only and cannot hold SQLite's side
 * files. The session then reads a snapshot copy instead.
 */
export class FileInUseError extends UserFacingError {
  constructor(message: string) {
    super('conflict', message);
    this.name = 'FileInUseError';
  }
}
