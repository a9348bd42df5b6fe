import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { USER_ROLES, type UserProfile } from '../../shared/domain/user';

const MAX_RECENT = 8;

const settingsSchema = z.object({
  user: z.object({ name: z.string().min(1), role: z.enum(USER_ROLES) }).nullable().catch(null),
  recentFiles: z.array(z.string()).catch([]),
  lastWorkbook: z.string().nullable().catch(null),
  /** Workbook path → end (ISO date) of the last statusnotat's period made from it here. */
  statusReports: z.record(z.string(), z.string()).catch({}),
  /** Where automatic backups go; null: a "Sikkerhedskopier" folder beside each workbook. */
  backupFolder: z.string().nullable().catch(null),
});
type Settings = z.infer<typeof settingsSchema>;

/**
 * The app's own settings on this machine (who the user is, recent files), kept apart from
 * any workbook. A damaged settings file is treated as absent rather than blocking start-up.
 */
export class SettingsStore {
  private settings: Settings;
  private readonly file: string;

  constructor(directory: string) {
    this.file = path.join(directory, 'indstillinger.json');
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
      return { user: null, recentFiles: [], lastWorkbook: null, statusReports: {}, backupFolder: null };
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.settings, null, 2));
    fs.renameSync(temporary, this.file);
  }
}
