// MERGE: the parts of the documents whose data lives in tables built on other branches.
// - activities, follow-ups, milestones: the Plan/activities feature (issue 4)
// - decisions, actions: the Møder feature (issue 5)
// Until those are merged this workbook has no such tables, so each source honestly returns
// nothing, and the statusnotat says so ("Ingen beslutninger i perioden"). At the merge, each
// function is replaced by a reader over the real tables, with the same signature.
import type { Workbook } from '../../workbook/workbook';
import type { StatusAction, StatusActivity, StatusDecision, StatusFollowUp, StatusMilestone } from '../status/status-report-data';

export interface StatusSources {
  activities(wb: Workbook): StatusActivity[];
  followUps(wb: Workbook): StatusFollowUp[];
  milestones(wb: Workbook): StatusMilestone[];
  decisions(wb: Workbook): StatusDecision[];
  actions(wb: Workbook): StatusAction[];
}

export const statusSources: StatusSources = {
  activities: () => [],
  followUps: () => [],
  milestones: () => [],
  decisions: () => [],
  actions: () => [],
};
