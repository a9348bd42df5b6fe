import { contract, isChannel, type Channel } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { describeValidationError } from '../../shared/api/validation';
import { handlers } from '../features';
import type { Handler, HandlerContext } from '../features/handler';
import { UserFacingError } from '../workbook/errors';
import type { Session } from './session';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The one entry point for calls from the (untrusted) renderer, the CLI and the tests:
 * checks the channel, validates the input against the contract, runs the handler and turns
 * every failure into a Danish message. Nothing is written unless validation passed.
 */
export function createDispatcher(session: Session, log: (error: unknown) => void = console.error): Dispatch {
  const context: HandlerContext = {
    session,
    workbook: () => session.requireWorkbook(),
    get author() {
      return session.author;
    },
  };

  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'Ukendt kommando' } };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: describeValidationError(parsed.error) } };
    }
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const value = await handler(parsed.data as never, context);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
      if (isSqliteBusy(error)) {
        return { ok: false, error: { code: 'conflict', message: 'Arbejdsbogen er optaget af et andet program. Prøv igen om lidt' } };
      }
      log(error);
      return { ok: false, error: { code: 'internal', message: 'Der opstod en uventet fejl. Ændringen er ikke gemt' } };
    }
  };
}

function isSqliteBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_BUSY');
}
