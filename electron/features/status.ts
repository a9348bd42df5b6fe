// The traffic lights (shared/status/traffic-lights.ts) read from the workbook, and the rules they
// are judged by (status_rules, migration 013), changed through the one mutation path.
import type { statusChannels } from '../../shared/api/status-channels';
import { todayIso } from '../../shared/dates';
import { STATUS_RULE_FIELDS, STATUS_RULE_NAMES, statusRulesProblem, trafficLights, type StatusRules, type TrafficLights } from '../../shared/status/traffic-lights';
import { fromRow, toRow } from '../workbook/columns';
import { UserFacingError } from '../workbook/errors';
import type { Row } from '../workbook/transaction';
import type { Workbook } from '../workbook/workbook';
import type { HandlerMap } from './handler';
import { readInitiatives } from './initiatives';
import { readProgram } from './program';
import { readBudgetData } from './readers/budget-data';
import { readMilestones, readPlanPhases } from './readers/plan-phases';

export function readStatusRules(wb: Workbook): StatusRules {
  const row = wb.db.prepare('SELECT * FROM status_rules WHERE id = 1').get() as Row | undefined;
  if (!row) throw new UserFacingError('internal', 'Arbejdsbogen mangler sine regler for trafiklys');
  const all = fromRow<StatusRules & { id: number }>(row);
  return Object.fromEntries(STATUS_RULE_FIELDS.map((f) => [f, all[f]])) as unknown as StatusRules;
}

/** Every initiative's and the programme's lights as of a day (ISO), by the workbook's rules. */
export function readTrafficLights(wb: Workbook, asOf: string): TrafficLights {
  const program = readProgram(wb);
  return trafficLights(
    {
      asOf,
      periodStart: program.periodStart,
      periodEnd: program.periodEnd,
      initiatives: readInitiatives(wb),
      phases: readPlanPhases(wb),
      milestones: readMilestones(wb),
      budget: readBudgetData(wb),
    },
    readStatusRules(wb),
  );
}

export const statusHandlers: HandlerMap<keyof typeof statusChannels> = {
  'status.rules.get': (_input, ctx) => readStatusRules(ctx.workbook()),

  'status.rules.update': ({ patch }, ctx) => {
    const wb = ctx.workbook();
    const next = { ...readStatusRules(wb), ...patch };
    const problem = statusRulesProblem(next);
    if (problem) throw new UserFacingError('invalid_input', problem);
    const labels = Object.keys(patch).map((f) => STATUS_RULE_NAMES[f as keyof StatusRules]);
    wb.mutate(ctx.author, `Ret reglerne for trafiklys: ${labels.join(', ')}`, (tx) => tx.update('status_rules', 1, toRow(patch)));
    return readStatusRules(wb);
  },

  'status.lights': ({ asOf }, ctx) => readTrafficLights(ctx.workbook(), asOf ?? todayIso()),
};
