// The traffic lights and their rules (issue 16): reading the lights as of a day, reading and
// changing the workbook's thresholds.
import { isoDate, nonEmptyPatch, noInput, seenValues, strictInput, wholeNumber } from './validation';
import { mutation, query } from './channel';
import type { StatusRules, TrafficLights } from '../status/traffic-lights';

/** Percent above which an overrun turns a light; months of delay. Whole numbers, as the form shows them. */
const rulesShape = {
  economyRedPercent: wholeNumber('Grænsen for rød økonomi (%)', 1000),
  economyYellowPercent: wholeNumber('Grænsen for gul økonomi (%)', 1000),
  timeRedMonths: wholeNumber('Grænsen for rød tid (måneder)', 120),
  timeYellowMonths: wholeNumber('Grænsen for gul tid (måneder)', 120),
};

export const statusChannels = {
  'status.rules.get': query<StatusRules>()(noInput),
  'status.rules.update': mutation<StatusRules>()(
    strictInput({ patch: nonEmptyPatch(rulesShape, 'reglerne for trafiklys'), seen: seenValues(rulesShape) }),
  ),
  /** The lights of every initiative and the programme; as of today unless `asOf` says otherwise. */
  'status.lights': query<TrafficLights>()(strictInput({ asOf: isoDate('Datoen').optional() })),
};
