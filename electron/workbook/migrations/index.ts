import type { Migration } from './migration';
import { initialSchema } from './001-initial';

/** All migrations in order. A new one gets the next number and its own file. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
