// `npm run cli -- demo <fil> [--scale N]`: the default workbook plus demonstration data, for
// screenshots, trying the app out and benchmarks. Deterministic: the same scale gives the same content.
import type { Workbook } from '../workbook/workbook';
import { createDemoContext, type DemoModule } from './demo-context';
import { demoActivities } from './demo-activities';
import { demoGoalLinks } from './demo-goal-links';
import { demoMeetings } from './demo-meetings';
import { demoMembers } from './demo-members';
import { demoPlan } from './demo-plan';
import { demoInitiativeStatus, demoTitle } from './demo-programme';
import { demoSpending } from './demo-spending';

export const MAX_DEMO_SCALE = 50;

/**
 * The parts of the demonstration data, in order. The members come first (the meetings use
 * their names), the plan after the meetings (its milestones name the meetings that dealt with
 * them). A new sheet adds its own module here; a module whose tables the workbook lacks is skipped.
 */
export const DEMO_MODULES: readonly DemoModule[] = [
  demoTitle, demoMembers, demoInitiativeStatus, demoMeetings, demoPlan, demoActivities, demoGoalLinks, demoSpending,
];

export interface DemoReport {
  modules: string[];
  skipped: string[];
}

/** Adds the demonstration data to a workbook just filled from the programme document. */
export function generateDemo(wb: Workbook, author: string, scale = 1, modules: readonly DemoModule[] = DEMO_MODULES): DemoReport {
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_DEMO_SCALE) {
    throw new RangeError(`Skala skal være et helt tal fra 1 til ${MAX_DEMO_SCALE}`);
  }
  const report: DemoReport = { modules: [], skipped: [] };
  wb.mutate(author, `Demonstrationsdata (skala ${scale})`, (tx) => {
    const ctx = createDemoContext(tx, scale);
    for (const module of modules) {
      if (!module.requiresTables.every((t) => ctx.hasTable(t))) {
        report.skipped.push(module.name);
        continue;
      }
      module.run(ctx);
      report.modules.push(module.name);
    }
  });
  // Like a new workbook's seed, the demonstration data is not an edit to undo.
  wb.forgetUndoHistory();
  return report;
}
