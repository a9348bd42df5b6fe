import type { Migration } from './migration';
import { initialSchema } from './001-initial';
import { budgetSchema } from './002-budget';
import { planAndActivities } from './003-plan-and-activities';
import { meetingsSchema } from './004-meetings';
import { agendaRevisionsSchema } from './006-agenda-revisions';

/** All migrations in order. A new one gets the next number and its own file. */
// 005 is the budget's (øre), on another branch; each step only needs its own tables.
export const MIGRATIONS: readonly Migration[] = [initialSchema, budgetSchema, planAndActivities, meetingsSchema, agendaRevisionsSchema];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
