// Real workbook files in a temporary folder, driven through the real dispatcher.
import fs from 'node:fs';
import path from 'node:path';
import type { AppEvents } from '../../shared/api/bridge';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { WorkbookChange } from '../../shared/api/workbook-change';
import type { Envelope } from '../../shared/api/envelope';
import { createDispatcher, type Dispatch } from '../../electron/app/dispatcher';
import { Session, type SessionOptions, type WorkbookKind } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';
import { tempDir } from './temp-dirs';

export interface TestWorkbook {
  dir: string;
  path: string;
  session: Session;
  dispatch: Dispatch;
  /** Calls a channel and returns its value; throws with the Danish message on refusal. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  /** Calls a channel and returns the raw envelope (for testing refusals). */
  raw(channel: string, input: unknown): Promise<Envelope<unknown>>;
  close(): void;
}

export { tempDir };

export function openTestSession(dir = tempDir(), options: Partial<SessionOptions> = {}): Omit<TestWorkbook, 'path'> {
  const settings = new SettingsStore(path.join(dir, 'indstillinger'));
  settings.setUser({ name: 'Test Bruger', role: 'Formand' });
  const session = new Session({
    settings,
    shell: { documentsDir: path.join(dir, 'Dokumenter'), chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
    ...options,
  });
  const dispatch = createDispatcher(session, () => undefined);
  const raw = (channel: string, input: unknown) => dispatch(channel, input);
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const envelope = await dispatch(channel, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as ChannelResult<C>;
  };
  return { dir, session, dispatch, call, raw, close: () => session.close() };
}

/** A fresh workbook file (default: filled from the programme document), open in a session. */
export function createTestWorkbook(kind: WorkbookKind = 'programme'): TestWorkbook {
  const dir = tempDir();
  const base = openTestSession(dir);
  const filePath = path.join(dir, 'test.arbejdsbog');
  base.session.create(filePath, kind);
  return {
    ...base,
    path: filePath,
    close: () => {
      base.session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every workbook.changed event the session sends from now on. */
export function recordChanges(t: Pick<TestWorkbook, 'session'>): WorkbookChange[] {
  const seen: WorkbookChange[] = [];
  t.session.onEvent((event, payload) => {
    if (event === 'workbook.changed') seen.push(payload as AppEvents['workbook.changed']);
  });
  return seen;
}
