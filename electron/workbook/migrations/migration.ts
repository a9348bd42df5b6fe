import type Database from 'better-sqlite3';

/** A numbered schema step. Runs inside a transaction; must not touch the change log. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}
