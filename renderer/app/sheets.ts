import type { ComponentType } from 'react';
import { BudgetSheet } from '../sheets/budget/BudgetSheet';
import { ChangeLogSheet } from '../sheets/change-log/ChangeLogSheet';
import { InitiativesSheet } from '../sheets/initiatives/InitiativesSheet';
import { PlanSheet } from '../sheets/plan/PlanSheet';
import { ActionsSheet } from '../sheets/actions/ActionsSheet';
import { MeetingsSheet } from '../sheets/meetings/MeetingsSheet';
import { ProgramSheet } from '../sheets/program/ProgramSheet';
import { ReportsSheet } from '../sheets/reports/ReportsSheet';
import type { SheetProps } from './sheet-props';

/** The workbook's sheets in tab order. A new sheet adds one line here. */
export const SHEETS = [
  { id: 'program', label: 'Program', component: ProgramSheet },
  { id: 'initiatives', label: 'Indsatser', component: InitiativesSheet },
  { id: 'plan', label: 'Plan', component: PlanSheet },
  { id: 'budget', label: 'Økonomi', component: BudgetSheet },
  { id: 'meetings', label: 'Møder', component: MeetingsSheet },
  { id: 'actions', label: 'Handlinger og beslutninger', component: ActionsSheet },
  { id: 'reports', label: 'Rapporter', component: ReportsSheet },
  { id: 'changeLog', label: 'Ændringslog', component: ChangeLogSheet },
] as const satisfies ReadonlyArray<{ id: string; label: string; component: ComponentType<SheetProps> }>;

export type SheetId = (typeof SHEETS)[number]['id'];
