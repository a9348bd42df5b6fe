import type { Channel } from '../../shared/api/contract';
import { appHandlers } from './app';
import type { Handler } from './handler';
import { initiativeHandlers } from './initiatives';
import { programHandlers } from './program';
import { safetyHandlers } from './safety';

/** Every channel of the contract has exactly one handler; the type makes a missing one an error. */
export const handlers: { [C in Channel]: Handler<C> } = {
  ...appHandlers,
  ...programHandlers,
  ...initiativeHandlers,
  ...safetyHandlers,
};
