import { UserFacingError } from '../workbook/errors';

/** A document that cannot be read at all: nothing is created, the user gets this Danish sentence. */
export class ImportRefusal extends UserFacingError {
  constructor(message: string) {
    super('refused', message);
    this.name = 'ImportRefusal';
  }
}
