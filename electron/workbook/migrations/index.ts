import type { Migration } from './migration';
import { initialSchema } from './001-initial';
import { budgetSchema } from './002-budget';
import { planAndActivities } from './003-plan-and-activities';
import { meetingsSchema } from './004-meetings';
import { spendingInOre } from './005-spending-in-ore';
import { agendaRevisionsSchema } from './006-agenda-revisions';
import { workbookIdentity } from './007-workbook-identity';
import { changeByRow } from './008-change-by-row';
import { appliedCalls } from './009-applied-calls';
import { pointDecisions } from './010-point-decisions';
import { meetingSeries } from './011-meeting-series';
import { agendaItemSource } from './012-agenda-item-source';
import { statusRules } from './013-status-rules';
import { forecast } from './014-forecast';
import { goalLinks } from './015-goal-links';

/** All migrations in order. A new one gets the next number and its own file. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema, budgetSchema, planAndActivities, meetingsSchema, spendingInOre, agendaRevisionsSchema, workbookIdentity, changeByRow, appliedCalls,
  pointDecisions, meetingSeries, agendaItemSource, statusRules, forecast, goalLinks,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
