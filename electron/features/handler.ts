import type { Channel, ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { Workbook } from '../workbook/workbook';
import type { Session } from '../app/session';
import type { UserProfile } from '../../shared/domain/user';

export interface HandlerContext {
  session: Session;
  /** The open workbook; throws a Danish "no workbook" error when none is open. */
  workbook(): Workbook;
  /** Name stamped on change-log rows and proposals. */
  author: string;
  /** Who is calling (name and role); the role rules read it from here, never from the input. */
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
