import type { Channel } from '../../shared/api/contract';
import { appHandlers } from './app';
import { budgetHandlers } from './budget';
import type { Handler } from './handler';
import { initiativeHandlers } from './initiatives';
import { meetingFeatureHandlers } from './meetings';
import { seriesHandlers } from './meetings/series';
import { programHandlers } from './program';
import { planHandlers } from './plan';
import { activityHandlers } from './activities';
import { partnerHandlers } from './partners';
import { reportHandlers } from './reports';
import { safetyHandlers } from './safety';
import { pasteHandlers } from './paste';
import { sharedWorkbookHandlers } from './shared-workbooks';
import { conflictHandlers } from './conflicts';
import { statusHandlers } from './status';
import { goalHandlers } from './goals';
import { importHandlers } from './import';

/** Every channel of the contract has exactly one handler; the type makes a missing one an error. */
export const handlers: { [C in Channel]: Handler<C> } = {
  ...appHandlers,
  ...programHandlers,
  ...initiativeHandlers,
  ...budgetHandlers,
  ...planHandlers,
  ...activityHandlers,
  ...partnerHandlers,
  ...meetingFeatureHandlers,
  ...seriesHandlers,
  ...reportHandlers,
  ...safetyHandlers,
  ...pasteHandlers,
  ...sharedWorkbookHandlers,
  ...conflictHandlers,
  ...statusHandlers,
  ...goalHandlers,
  ...importHandlers,
};
