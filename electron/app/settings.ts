import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SharedWorkbookEntry } from '../../shared/domain/shared-workbook';
import { USER_ROLES, type UserProfile } from '../../shared/domain/user';

const MAX_RECENT = 8;

/**
 * Encrypts invitation codes at rest: Electron's safeStorage (the system's key store) in the app.
 * Without one the code is never written; the user types it each time.
 */
export interface CodeCipher {
  encrypt(plain: string): Buffer;
  decrypt(encrypted: Buffer): string;
}

const sharedWorkbookSchema = z.object({
  id: z.string().min(1),
  server: z.string().min(1),
  workbook: z.string().min(1),
  memberName: z.string(),
  role: z.enum(USER_ROLES),
  /** The invitation code, encrypted by the CodeCipher (base64); null: asked for each time. */
  encryptedCode: z.string().nullable(),
});
type StoredSharedWorkbook = z.infer<typeof sharedWorkbookSchema>;

/** Where a shared workbook is and who the invitation is for, as opening one tells the settings. */
export interface SharedWorkbookVisit {
  server: string;
  workbook: string;
  memberName: string;
  role: UserProfile['role'];
}

const settingsSchema = z.object({
  user: z.object({ name: z.string().min(1), role: z.enum(USER_ROLES) }).nullable().catch(null),
  recentFiles: z.array(z.string()).catch([]),
  lastWorkbook: z.string().nullable().catch(null),
  /** Workbook path → end (ISO date) of the last statusnotat's period made from it here. */
  statusReports: z.record(z.string(), z.string()).catch({}),
  /** Where automatic backups go; null: a "Sikkerhedskopier" folder beside each workbook. */
  backupFolder: z.string().nullable().catch(null),
  /** Shared workbooks opened here, the most recent first; an entry that cannot be read is dropped. */
  sharedWorkbooks: z.array(z.unknown()).catch([]).transform((entries) => entries.flatMap((e) => {
    const parsed = sharedWorkbookSchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  })),
  /** The id of the shared workbook open when the app last opened a workbook; null: a local file was. */
  lastShared: z.string().nullable().catch(null),
});
type Settings = z.infer<typeof settingsSchema>;

/**
 * The app's own settings on this machine (who the user is, recent files), kept apart from
 * any workbook. A damaged settings file is treated as absent rather than blocking start-up.
 */
export class SettingsStore {
  private settings: Settings;
  private readonly file: string;

  private readonly cipher: CodeCipher | null;

  constructor(directory: string, options: { cipher?: CodeCipher } = {}) {
    this.file = path.join(directory, 'indstillinger.json');
    this.cipher = options.cipher ?? null;
    this.settings = this.load();
  }

  get user(): UserProfile | null {
    return this.settings.user;
  }

  get recentFiles(): string[] {
    return [...this.settings.recentFiles];
  }

  get lastWorkbook(): string | null {
    return this.settings.lastWorkbook;
  }

  /** The end of the last statusnotat's period for a workbook, so the next one starts the day after. */
  lastStatusReportTo(workbookPath: string): string | null {
    return this.settings.statusReports[workbookPath] ?? null;
  }

  rememberStatusReport(workbookPath: string, to: string): void {
    this.settings.statusReports = { ...this.settings.statusReports, [workbookPath]: to };
    this.save();
  }

  get backupFolder(): string | null {
    return this.settings.backupFolder;
  }

  setBackupFolder(folder: string | null): void {
    this.settings.backupFolder = folder;
    this.save();
  }

  setUser(user: UserProfile): void {
    this.settings.user = user;
    this.save();
  }

  rememberOpened(filePath: string): void {
    this.settings.recentFiles = [filePath, ...this.settings.recentFiles.filter((f) => f !== filePath)].slice(0, MAX_RECENT);
    this.settings.lastWorkbook = filePath;
    this.settings.lastShared = null;
    this.save();
  }

  // ---- Shared workbooks ----------------------------------------------------------------

  /** Whether an invitation code can be kept here (encrypted); otherwise it is asked for each time. */
  get canRememberCodes(): boolean {
    return this.cipher !== null;
  }

  /** The shared workbooks opened here, for the window and the menu: never the code. */
  get sharedWorkbooks(): SharedWorkbookEntry[] {
    return this.settings.sharedWorkbooks.map(({ encryptedCode, ...entry }) => ({
      ...entry,
      host: hostOf(entry.server),
      codeRemembered: encryptedCode !== null && this.cipher !== null,
    }));
  }

  /** The shared workbook open when the app last opened a workbook, if one was. */
  get lastShared(): SharedWorkbookEntry | null {
    return this.sharedWorkbooks.find((entry) => entry.id === this.settings.lastShared) ?? null;
  }

  /**
   * Records a shared workbook just opened (first in the list, and as the last workbook). The code
   * is kept only when asked to and only encrypted; otherwise a code kept before is dropped.
   */
  rememberShared(visit: SharedWorkbookVisit, code: string | null): SharedWorkbookEntry {
    const existing = this.settings.sharedWorkbooks.find((e) => e.server === visit.server && e.workbook === visit.workbook);
    const encryptedCode = code !== null && this.cipher ? this.cipher.encrypt(code).toString('base64') : null;
    const entry: StoredSharedWorkbook = { id: existing?.id ?? crypto.randomUUID(), ...visit, encryptedCode };
    this.settings.sharedWorkbooks = [entry, ...this.settings.sharedWorkbooks.filter((e) => e.id !== entry.id)].slice(0, MAX_RECENT);
    this.settings.lastShared = entry.id;
    this.save();
    return this.sharedWorkbooks.find((e) => e.id === entry.id)!;
  }

  /** The remembered code of a shared workbook, for the main process only; null when none can be read. */
  sharedCode(id: string): string | null {
    const stored = this.settings.sharedWorkbooks.find((e) => e.id === id)?.encryptedCode;
    if (!stored || !this.cipher) return null;
    try {
      return this.cipher.decrypt(Buffer.from(stored, 'base64'));
    } catch {
      // Encrypted by another user account or machine (a copied profile): ask for the code again.
      return null;
    }
  }

  /** Where and what a shared workbook is, for the main process (still without the code). */
  sharedWorkbook(id: string): SharedWorkbookEntry | null {
    return this.sharedWorkbooks.find((e) => e.id === id) ?? null;
  }

  /** Drops a remembered code (refused by the server: wrong or revoked), keeping the entry. */
  forgetSharedCode(id: string): void {
    this.settings.sharedWorkbooks = this.settings.sharedWorkbooks.map((e) => (e.id === id ? { ...e, encryptedCode: null } : e));
    this.save();
  }

  forget(filePath: string): void {
    this.settings.recentFiles = this.settings.recentFiles.filter((f) => f !== filePath);
    if (this.settings.lastWorkbook === filePath) this.settings.lastWorkbook = null;
    this.save();
  }

  private load(): Settings {
    try {
      return settingsSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return { user: null, recentFiles: [], lastWorkbook: null, statusReports: {}, backupFolder: null, sharedWorkbooks: [], lastShared: null };
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.settings, null, 2));
    fs.renameSync(temporary, this.file);
  }
}

function hostOf(server: string): string {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}
