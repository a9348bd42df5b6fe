import type { z } from 'zod';

/**
 * One entry of the API contract: the schema its input must satisfy and, as a phantom type,
 * the result it answers with. `mutates` says whether the call changes the workbook.
 */
export interface ChannelSpec<Input extends z.ZodType, Result> {
  input: Input;
  mutates: boolean;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: Result;
}

export function query<Result>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Result> => ({ input, mutates: false });
}

export function mutation<Result>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Result> => ({ input, mutates: true });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChannelSpec = ChannelSpec<z.ZodType, any>;
