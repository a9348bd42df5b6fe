import { contract, isChannel, type Channel, type ChannelResult } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { accessProblem, roleProblem } from '../../shared/api/permissions';
import { describeValidationError } from '../../shared/api/validation';
import type { UserProfile } from '../../shared/domain/user';
import { handlers } from '../features';
import type { Handler, HandlerContext } from '../features/handler';
import { refuseEditOverOthers } from '../features/seen-edits';
import { findAppliedCall, recordCallAnswer } from '../workbook/applied-calls';
import { UserFacingError } from '../workbook/errors';
import { describeSqliteFailure } from '../workbook/sqlite-errors';
import { authorName, type Session, type ShellServices } from './session';

export type Dispatch = (channel: unknown, input: unknown, call?: CallOptions) => Promise<Envelope<unknown>>;

export interface CallOptions {
  /**
   * The client's own id for this call (a shared workbook's client, which may send a call again
   * when its answer was lost). A changing call with an id already applied is answered as the first
   * time and not applied again.
   */
  callId?: string;
}

export interface DispatcherOptions {
  /**
   * The acting user for every call through this dispatcher (the server: the member a connection
   * logged in as). Without it, the user in the session's settings acts (the app, the CLI).
   */
  actor?: UserProfile;
  /** Dialogs and opening files for these calls (the server: the connection's downloads); default the session's shell. */
  shell?: ShellServices;
}

/**
 * The one entry point for calls from the (untrusted) renderer, the CLI and the tests:
 * checks the channel, validates the input against the contract, runs the handler and turns
 * every failure into a Danish message. Nothing is written unless validation passed and the
 * acting user's role may make the call (shared/api/permissions.ts): options.actor, or by
 * default the user of this machine's settings.
 */
export function createDispatcher(session: Session, log: (error: unknown) => void = console.error, options: DispatcherOptions = {}): Dispatch {
  const { actor } = options;
  const currentUser = (): UserProfile | null => actor ?? session.settings.user;
  const context: HandlerContext = {
    session,
    shell: options.shell ?? session.shell,
    workbook: () => session.requireWorkbook(),
    get author() {
      return actor ? authorName(actor) : session.author;
    },
    get user() {
      return currentUser();
    },
    // A handler running other channels (a pasted block) goes through the same validation and
    // handlers as a call from outside, synchronously, so they share its transaction.
    callWithin: <C extends Channel>(channel: C, input: unknown): ChannelResult<C> => {
      const parsed = validateInput(channel, input);
      if (!parsed.ok) throw new UserFacingError(parsed.error.code, parsed.error.message);
      const refused = accessProblem(currentUser()?.role, channel, parsed.value);
      if (refused) throw new UserFacingError('refused', refused);
      refuseEditOverOthers(channel, parsed.value, context);
      const value = (handlers[channel] as Handler<Channel>)(parsed.value as never, context);
      if (value instanceof Promise) throw new Error(`${channel} answers asynchronously and cannot run inside another change`);
      return value as ChannelResult<C>;
    },
  };

  return async (channel, input, call = {}) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'Ukendt kommando' } };
    }
    // A role that may not make the call at all hears so whatever the input; one that may, with
    // some input only (forbrug, not budget), once the input is known.
    const role = currentUser()?.role;
    const refusedRole = roleProblem(role, channel);
    if (refusedRole) return { ok: false, error: { code: 'refused', message: refusedRole } };
    const parsed = validateInput(channel, input);
    if (!parsed.ok) return parsed;
    const refused = accessProblem(role, channel, parsed.value);
    if (refused) return { ok: false, error: { code: 'refused', message: refused } };
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const run = () => {
        refuseEditOverOthers(channel, parsed.value, context);
        return handler(parsed.value as never, context);
      };
      if (call.callId !== undefined && contract[channel].mutates) {
        const wb = context.workbook();
        const applied = findAppliedCall(wb.db, call.callId);
        if (applied) return { ok: true, value: applied.answer ?? null };
        const value = await wb.duringCall(call.callId, run);
        if (findAppliedCall(wb.db, call.callId)) recordCallAnswer(wb.db, call.callId, value);
        return { ok: true, value };
      }
      return { ok: true, value: await run() };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.failure };
      const sqlite = describeSqliteFailure(error);
      if (sqlite) {
        log(error);
        return { ok: false, error: { code: sqlite.code, message: sqlite.message } };
      }
      log(error);
      // A read changes nothing, so it must not say that a change was lost.
      const message = contract[channel].mutates ? 'Ændringen er ikke gemt' : 'Arbejdsbogen kunne ikke læses; intet er ændret';
      return { ok: false, error: { code: 'internal', message: `Der opstod en uventet fejl. ${message}` } };
    }
  };
}

/** Checks input against the channel's schema; answers the parsed input or the Danish refusal. */
export function validateInput(channel: Channel, input: unknown): Envelope<unknown> {
  let parsed;
  try {
    parsed = contract[channel].input.safeParse(input ?? {});
  } catch {
    // Pathological input (e.g. nested beyond the validator's stack) is refused like any other.
    return { ok: false, error: { code: 'invalid_input', message: 'Oplysningerne i kaldet har en form, der ikke kan læses' } };
  }
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: describeValidationError(parsed.error) } };
  }
  return { ok: true, value: parsed.data };
}
