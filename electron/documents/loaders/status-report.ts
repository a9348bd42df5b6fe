import { readBudgetData } from '../../features/readers/budget-data';
import { readPlanPhases } from '../../features/readers/plan-phases';
import { runChecks } from '../../features/checks';
import { readInitiatives } from '../../features/initiatives';
import { readProgram } from '../../features/program';
import type { Workbook } from '../../workbook/workbook';
import type { StatusPeriod, StatusReportData } from '../status/status-report-data';
import { headerOf } from './header';
import { statusSources, type StatusSources } from './pending-sources';

export interface StatusReportRequest {
  /** ISO date the note is dated */
  date: string;
  period: StatusPeriod;
  summaryText?: string;
}

/** The statusnotat's data: programme, initiatives, plan, budget with spending and checks from the workbook. */
export function loadStatusReportData(wb: Workbook, request: StatusReportRequest, sources: StatusSources = statusSources): StatusReportData {
  const program = readProgram(wb);
  return {
    header: headerOf(program),
    date: request.date,
    period: request.period,
    programme: { title: program.title, periodStart: program.periodStart, periodEnd: program.periodEnd, owner: program.owner, leader: program.leader },
    summaryText: request.summaryText ?? '',
    initiatives: readInitiatives(wb),
    phases: readPlanPhases(wb),
    milestones: sources.milestones(wb),
    budget: readBudgetData(wb),
    activities: sources.activities(wb),
    followUps: sources.followUps(wb),
    decisions: sources.decisions(wb),
    actions: sources.actions(wb),
    checks: runChecks(wb).problems,
  };
}
