import type { ApiErrorCode } from '../../shared/api/envelope';

/** A failure whose message is Danish and meant for the user. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** A workbook file that cannot be opened: foreign, damaged, empty, newer, missing. */
export class RefusedFileError extends UserFacingError {
  constructor(message: string) {
    super('refused', message);
    this.name = 'RefusedFileError';
  }
}

export function notFound(what: string): UserFacingError {
  return new UserFacingError('not_found', `${what} findes ikke (måske er den slettet)`);
}
