// The one API contract between renderer and main process: channel → input schema → result.
// Each feature contributes its own channel map; this file only joins them.
import type { z } from 'zod';
import type { ChannelSpec } from './channel';
import { appChannels } from './app-channels';
import { programChannels } from './program-channels';
import { initiativeChannels } from './initiative-channels';
import { budgetChannels } from './budget-channels';
import { planChannels } from './plan-channels';
import { activityChannels } from './activity-channels';
import { meetingChannels } from './meeting-channels';
import { meetingSeriesChannels } from './meeting-series-channels';
import { reportChannels } from './report-channels';
import { safetyChannels } from './safety-channels';
import { pasteChannels } from './paste-channels';
import { sharedWorkbookChannels } from './shared-workbook-channels';
import { conflictChannels } from './conflict-channels';
import { statusChannels } from './status-channels';
import { goalChannels } from './goal-channels';
import { importChannels } from './import-channels';

export const contract = {
  ...appChannels,
  ...programChannels,
  ...initiativeChannels,
  ...budgetChannels,
  ...planChannels,
  ...activityChannels,
  ...meetingChannels,
  ...meetingSeriesChannels,
  ...reportChannels,
  ...safetyChannels,
  ...pasteChannels,
  ...sharedWorkbookChannels,
  ...conflictChannels,
  ...statusChannels,
  ...goalChannels,
  ...importChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends Channel> = Contract[C] extends ChannelSpec<z.ZodType, infer R> ? R : never;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
