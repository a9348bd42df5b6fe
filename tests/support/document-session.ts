// A session whose save dialog answers with given paths and records what it was asked, and
// whose "open with the system" records the files, for testing the Rapporter channels.
import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../../electron/app/dispatcher';
import { generateDemo } from '../../electron/demo/generate-demo';
import { Session, type FileFilter } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { tempDir } from './workbooks';

export interface SaveRequest {
  suggested: string;
  title: string;
  filter: FileFilter | undefined;
}

export interface DocumentSession {
  dir: string;
  workbookPath: string;
  session: Session;
  saveAnswers: Array<string | null>;
  saveRequests: SaveRequest[];
  opened: string[];
  /** What openPath answers (null = opened fine). */
  openAnswer: string | null;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  raw(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** The Danish message a refused call answers with; throws when the call is not refused. */
  refusal(channel: string, input: unknown): Promise<string>;
  close(): void;
}

/** With `demo`, the workbook holds the demonstration data (meetings, minutes, actions, spending). */
export function createDocumentSession(options: { demo?: boolean } = {}): DocumentSession {
  const dir = tempDir('arbejdsbogen-rapporter-');
  const settings = new SettingsStore(path.join(dir, 'indstillinger'));
  settings.setUser({ name: 'Test Formand', role: 'Formand' });
  const state = {
    saveAnswers: [] as Array<string | null>,
    saveRequests: [] as SaveRequest[],
    opened: [] as string[],
    openAnswer: null as string | null,
  };
  const session = new Session({
    settings,
    shell: {
      documentsDir: path.join(dir, 'Dokumenter'),
      chooseFileToOpen: async () => null,
      chooseFileToSave: async (suggested, title, filter) => {
        state.saveRequests.push({ suggested, title, filter });
        return state.saveAnswers.shift() ?? null;
      },
      openPath: async (file) => {
        state.opened.push(file);
        return state.openAnswer;
      },
    },
  });
  const workbookPath = path.join(dir, 'Arbejdsbøger', 'Social balance i Mørkhøj.arbejdsbog');
  fs.mkdirSync(path.dirname(workbookPath), { recursive: true });
  session.create(workbookPath, 'programme');
  if (options.demo) generateDemo(session.requireWorkbook(), 'Test', 1);
  const dispatch = createDispatcher(session, () => undefined);
  return Object.assign(state, {
    dir,
    workbookPath,
    session,
    raw: (channel: string, input: unknown) => dispatch(channel, input),
    refusal: async (channel: string, input: unknown) => {
      const envelope = await dispatch(channel, input);
      if (envelope.ok) throw new Error('blev ikke afvist');
      return envelope.error.message;
    },
    call: async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as ChannelResult<C>;
    },
    close: () => {
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}
