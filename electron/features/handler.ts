import type { Channel, ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { Workbook } from '../workbook/workbook';
import type { Session, ShellServices } from '../app/session';
import type { UserProfile } from '../../shared/domain/user';

export interface HandlerContext {
  session: Session;
  /** The open workbook; throws a Danish "no workbook" error when none is open. */
  workbook(): Workbook;
  /**
   * Dialogs and opening files for this caller: the session's shell in the app; on the server each
   * connection's own, whose "save" is a private temp file sent to the member as a download.
   */
  shell: ShellServices;
  /** Name stamped on change-log rows and proposals. */
  author: string;
  /**
   * Who is acting (name and role): the app's user on this machine, or, on the server, the member
   * whose invitation the connection logged in with. Handlers read the role here, never from settings.
   */
  user: UserProfile | null;
  /**
   * Runs another channel's validated handler synchronously, inside the caller's change (used by
   * a pasted block); a refusal throws. Answers the handler's value.
   */
  callWithin<C extends Channel>(channel: C, input: unknown): ChannelResult<C>;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

/** A feature's handlers: one per channel of its part of the contract. */
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
