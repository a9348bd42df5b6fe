// The app's router as main.ts wires it, on a session of its own in a temporary folder, for tests
// of shared workbooks through the same door the window uses.
import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../../electron/app/dispatcher';
import { Session } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';
import { WorkbookRouter } from '../../electron/app/workbook-router';
import { tempDir } from './workbooks';

export interface AppRouter {
  session: Session;
  router: WorkbookRouter;
  /** Where the outbox is, when there is one. */
  outboxDir: string | undefined;
  /** Where the copies of shared workbooks are, when kept. */
  copiesDir: string | undefined;
  /** Closes the router and the session and removes the folder. */
  close(): Promise<void>;
}

/**
 * outboxDir: where changes to a shared workbook wait (the app's data folder); outbox: one in the
 * router's own folder; neither: no outbox. copies: a copy of each shared workbook in the router's
 * folder too, answering while the server cannot be reached (as main.ts wires it).
 */
export function appRouter(options: { outboxDir?: string; outbox?: boolean; copies?: boolean } = {}): AppRouter {
  const dir = tempDir('arbejdsbogen-app-');
  const outboxDir = options.outboxDir ?? (options.outbox || options.copies ? path.join(dir, 'udbakke') : undefined);
  const copiesDir = options.copies ? path.join(dir, 'lokale-kopier') : undefined;
  const session = new Session({
    settings: new SettingsStore(path.join(dir, 'indstillinger')),
    shell: { documentsDir: dir, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
  });
  const router = new WorkbookRouter({ session, dispatch: createDispatcher(session, () => undefined), outboxDir, copiesDir, copyRefreshDelayMs: 50 });
  return {
    session,
    router,
    outboxDir,
    copiesDir,
    close: async () => {
      await router.close();
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
