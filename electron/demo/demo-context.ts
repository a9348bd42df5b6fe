import type { Transaction } from '../workbook/transaction';
import { Prng } from './prng';
import type { DemoRole } from './demo-topics';

/** The seed of every demonstration workbook: the same scale always gives the same content. */
export const DEMO_SEED = 20190904;

/**
 * The day the demonstration workbook stands at: the last meeting (31 August 2022) is still
 * planned. Activities, follow-ups and the plan's statuses read as of this day.
 */
export const DEMO_TODAY = '2022-08-31';

export interface DemoMember {
  id: number;
  name: string;
  role: DemoRole;
}

/** What every part of the demonstration data can use. */
export interface DemoContext {
  tx: Transaction;
  scale: number;
  /** The steering group, after the members module has named them. */
  members: DemoMember[];
  /** Initiative ids by their number (1, 2, 3). */
  initiatives: Map<number, number>;
  hasTable(name: string): boolean;
  /** A random generator of the part's own, seeded by its name. */
  random(part: string): Prng;
}

/**
 * One part of the demonstration data. Parts run in order; a part whose tables are not in the
 * workbook (yet) is skipped, so a new sheet's part can be added as its own module.
 */
export interface DemoModule {
  name: string;
  requiresTables: readonly string[];
  run(ctx: DemoContext): void;
}

export function createDemoContext(tx: Transaction, scale: number): DemoContext {
  const tables = new Set(
    tx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  const initiatives = new Map(
    (tx.db.prepare('SELECT number, id FROM initiative').all() as Array<{ number: number; id: number }>).map((r) => [r.number, r.id]),
  );
  return {
    tx,
    scale,
    members: [],
    initiatives,
    hasTable: (name) => tables.has(name),
    random: (part) => Prng.forPart(DEMO_SEED, part),
  };
}
