// Clients as the app uses them (RemoteWorkbook with an outbox folder of its own) that add goals
// the way a member types: one after another, without waiting for the server's answer. Each
// remembers what it made and what the server acknowledged, to check against the file.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { RemoteWorkbook, type RemoteWorkbookOptions } from '../../electron/remote/remote-workbook';
import { tempDir } from './workbooks';
import { WORKBOOK } from './server-client';

export interface Editor {
  remote: RemoteWorkbook;
  /** Every goal text this client added, in the order it added them. */
  made: string[];
  /** The texts the server answered ok for. */
  acked: Set<string>;
  /** Answers that were not ok, with the server's words. */
  failures: string[];
  /** The most changes that waited in its outbox at one time. */
  mostWaiting: number;
  /** Adds the next goal, `<prefix> <n>`; the answer is tracked, not awaited. */
  edit(): void;
  /** Resolves when every edit so far has been answered. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function openEditor(prefix: string, options: Omit<RemoteWorkbookOptions, 'workbook' | 'outboxDir'>): Promise<Editor> {
  const outboxDir = tempDir('arbejdsbogen-udbakke-');
  const remote = await RemoteWorkbook.open({ ...options, workbook: WORKBOOK, outboxDir });
  const answers: Array<Promise<void>> = [];
  const editor: Editor = {
    remote,
    made: [],
    acked: new Set(),
    failures: [],
    mostWaiting: 0,
    edit: () => {
      const text = `${prefix} ${String(editor.made.length + 1).padStart(4, '0')}`;
      editor.made.push(text);
      answers.push(remote.invoke('program.list.add', { list: 'goal', text }).then((answer) => {
        if (answer.ok) editor.acked.add(text);
        else editor.failures.push(`${text}: ${answer.error.message}`);
      }));
    },
    settled: async () => {
      await Promise.all(answers);
    },
    close: async () => {
      await remote.close();
      fs.rmSync(outboxDir, { recursive: true, force: true });
    },
  };
  remote.onOutbox((counts) => (editor.mostWaiting = Math.max(editor.mostWaiting, counts.waiting)));
  return editor;
}

/**
 * `count` members (chairs), one client each, as that many laptops would be: client c adds goals
 * `<prefix><c> <n>`. `closeLater` receives each one's close, for the test's cleanup.
 */
export async function openEditors(
  count: number,
  prefix: string,
  invite: (name: string, role: 'Formand') => Promise<string>,
  options: Omit<RemoteWorkbookOptions, 'workbook' | 'outboxDir' | 'code'>,
  closeLater: (close: () => Promise<void>) => void,
): Promise<Editor[]> {
  const editors: Editor[] = [];
  for (let c = 0; c < count; c++) {
    const editor = await openEditor(`${prefix}${c}`, { ...options, code: await invite(`Medlem ${c}`, 'Formand') });
    closeLater(() => editor.close());
    editors.push(editor);
  }
  return editors;
}

/** The goal texts starting with `prefix`, in the order the server stored them, read from the file. */
export function storedGoals(file: string, prefix: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT text FROM program_list_item WHERE list = 'goal' AND text LIKE ? ORDER BY id").pluck().all(`${prefix}%`) as string[];
  } finally {
    db.close();
  }
}

/** Texts that occur more than once. */
export function repeated(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => (seen.has(text) ? true : (seen.add(text), false)));
}
