import type { Dispatch } from '../app/dispatcher';
import type { Session } from '../app/session';

export interface CliContext {
  session: Session;
  dispatch: Dispatch;
  out(text: string): void;
}

/** One `npm run cli -- <name> …` command. Returns the exit code. */
export interface CliCommand {
  name: string;
  usage: string;
  description: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** Thrown for a wrong command line: the usage is printed and the exit code is 64. */
export class UsageError extends Error {}
