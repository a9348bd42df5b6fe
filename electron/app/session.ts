import fs from 'node:fs';
import path from 'node:path';
import type { AppEventName, AppEvents } from '../../shared/api/bridge';
import type { AppState, WorkbookInfo } from '../../shared/domain/workbook';
import { UserFacingError } from '../workbook/errors';
import { WORKBOOK_EXTENSION } from '../workbook/file-format';
import { seedBlank, seedFromProgrammeDocument } from '../workbook/seed/seed-workbook';
import { Workbook } from '../workbook/workbook';
import { readProgram } from '../features/program';
import type { SettingsStore } from './settings';

/** What only the Electron shell (or a test standing in for the user) can provide. */
export interface ShellServices {
  documentsDir: string;
  /** Native "open" dialog; resolves to null when the user cancels. Default filter: workbooks. */
  chooseFileToOpen(options?: FileDialogOptions): Promise<string | null>;
  /** Native "save" dialog. suggested is a file name (put in the documents folder) or a full path. */
  chooseFileToSave(suggested: string, title: string, filter?: FileFilter): Promise<string | null>;
  /** Opens a file with the system's program for it (Word for .docx). Resolves to an error text or null. */
  openPath(filePath: string): Promise<string | null>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogOptions {
  title?: string;
  /** Omit for workbooks; an empty list allows any file. */
  filters?: FileFilter[];
}

export type WorkbookKind = 'programme' | 'blank';

export const DEFAULT_WORKBOOK_NAME = `Social balance i Mørkhøj${WORKBOOK_EXTENSION}`;

type Listener = (event: AppEventName, payload: AppEvents[AppEventName]) => void;

/**
 * The state of one running app: the user, the open workbook and the way events reach the
 * window. The same class serves the Electron main process, the CLI and the tests.
 */
export class Session {
  private workbook: Workbook | null = null;
  private readonly listeners = new Set<Listener>();

  readonly settings: SettingsStore;
  readonly shell: ShellServices;
  private readonly nativeBinding: string | undefined;
  private readonly fallbackAuthor: string;

  constructor(options: { settings: SettingsStore; shell: ShellServices; nativeBinding?: string; fallbackAuthor?: string }) {
    this.settings = options.settings;
    this.shell = options.shell;
    this.nativeBinding = options.nativeBinding;
    this.fallbackAuthor = options.fallbackAuthor ?? 'Ukendt bruger';
  }

  get current(): Workbook | null {
    return this.workbook;
  }

  get author(): string {
    const user = this.settings.user;
    return user ? `${user.name} (${user.role})` : this.fallbackAuthor;
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  requireWorkbook(): Workbook {
    if (!this.workbook) throw new UserFacingError('no_workbook', 'Ingen arbejdsbog er åben');
    return this.workbook;
  }

  state(): AppState {
    return {
      user: this.settings.user,
      workbook: this.workbook ? this.info() : null,
      undo: this.workbook?.undoState() ?? { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
      recentFiles: this.settings.recentFiles,
    };
  }

  info(): WorkbookInfo {
    const wb = this.requireWorkbook();
    return {
      path: wb.filePath,
      fileName: wb.fileName,
      title: readProgram(wb).title,
      readOnly: wb.readOnly,
      readOnlyReason: wb.readOnlyReason,
    };
  }

  open(filePath: string): WorkbookInfo {
    const resolved = path.resolve(filePath);
    const next = Workbook.open(resolved, { nativeBinding: this.nativeBinding });
    this.adopt(next);
    return this.info();
  }

  create(filePath: string, kind: WorkbookKind): WorkbookInfo {
    const resolved = path.resolve(filePath);
    const next = Workbook.create(resolved, { nativeBinding: this.nativeBinding });
    try {
      const description = kind === 'programme' ? 'Arbejdsbog oprettet fra programdokumentet' : 'Tom arbejdsbog oprettet';
      next.mutate(this.author, description, (tx) => (kind === 'programme' ? seedFromProgrammeDocument(tx) : seedBlank(tx)));
      // Creation is not an edit the user should be able to undo.
      next.forgetUndoHistory();
    } catch (error) {
      next.close();
      fs.rmSync(resolved, { force: true });
      throw error;
    }
    this.adopt(next);
    return this.info();
  }

  /** On start: the last workbook if it still opens, else the default one in the documents folder. */
  openStartup(): WorkbookInfo {
    if (this.workbook) return this.info();
    const last = this.settings.lastWorkbook;
    if (last && fs.existsSync(last)) {
      try {
        return this.open(last);
      } catch {
        // Fall through to the default workbook; the refused file stays untouched.
      }
    }
    const defaultPath = path.join(this.shell.documentsDir, DEFAULT_WORKBOOK_NAME);
    fs.mkdirSync(this.shell.documentsDir, { recursive: true });
    return fs.existsSync(defaultPath) ? this.open(defaultPath) : this.create(defaultPath, 'programme');
  }

  /** Writes a consistent copy of the open workbook to a new file; the open file stays open. */
  saveCopy(target: string): string {
    const wb = this.requireWorkbook();
    const resolved = path.resolve(target);
    if (resolved === path.resolve(wb.filePath)) throw new UserFacingError('refused', 'Kopien skal have et andet navn end arbejdsbogen selv');
    if (fs.existsSync(resolved)) fs.rmSync(resolved);
    wb.db.prepare('VACUUM INTO ?').run(resolved);
    return resolved;
  }

  close(): void {
    this.workbook?.close();
    this.workbook = null;
  }

  private adopt(next: Workbook): void {
    this.close();
    this.workbook = next;
    next.onChange((event) => this.emit('workbook.changed', event));
    this.settings.rememberOpened(next.filePath);
    this.emit('workbook.opened', this.info());
  }
}
