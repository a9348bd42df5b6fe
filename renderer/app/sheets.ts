import type { ComponentType } from 'react';
import { SHEET_NAMES, type SheetId } from '../../shared/sheets';
import { BudgetSheet } from '../sheets/budget/BudgetSheet';
import { ChangeLogSheet } from '../sheets/change-log/ChangeLogSheet';
import { InitiativesSheet } from '../sheets/initiatives/InitiativesSheet';
import { PlanSheet } from '../sheets/plan/PlanSheet';
import { ActionsSheet } from '../sheets/actions/ActionsSheet';
import { MeetingsSheet } from '../sheets/meetings/MeetingsSheet';
import { ProgramSheet } from '../sheets/program/ProgramSheet';
import { ReportsSheet } from '../sheets/reports/ReportsSheet';
import type { SheetProps } from './sheet-props';

export type { SheetId };

/** The workbook's sheets in tab order. A new sheet adds one line here and its name in shared/sheets.ts. */
export const SHEETS = [
  { id: 'program', label: SHEET_NAMES.program, component: ProgramSheet },
  { id: 'initiatives', label: SHEET_NAMES.initiatives, component: InitiativesSheet },
  { id: 'plan', label: SHEET_NAMES.plan, component: PlanSheet },
  { id: 'budget', label: SHEET_NAMES.budget, component: BudgetSheet },
  { id: 'meetings', label: SHEET_NAMES.meetings, component: MeetingsSheet },
  { id: 'actions', label: SHEET_NAMES.actions, component: ActionsSheet },
  { id: 'reports', label: SHEET_NAMES.reports, component: ReportsSheet },
  { id: 'changeLog', label: SHEET_NAMES.changeLog, component: ChangeLogSheet },
] as const satisfies ReadonlyArray<{ id: SheetId; label: string; component: ComponentType<SheetProps> }>;
