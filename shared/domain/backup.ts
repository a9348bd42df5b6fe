/** One backup copy of the open workbook, as Filer → Gendan fra sikkerhedskopi… lists it. */
export interface BackupEntry {
  /** The file name inside the backup folder; the only handle the renderer gets. */
  name: string;
  /** ISO timestamp of when the copy was made. */
  at: string;
  kind: BackupKind;
  sizeBytes: number;
}

export type BackupKind = 'automatic' | 'beforeRestore' | 'manual';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  automatic: 'Automatisk',
  beforeRestore: 'Før gendannelse',
  manual: 'Taget af brugeren',
};

export interface BackupOverview {
  folder: string;
  /** True when the user chose the folder; false for the default beside the workbook. */
  chosenByUser: boolean;
  /** Newest first. */
  backups: BackupEntry[];
  /** How many automatic daily backups are kept. */
  keep: number;
  /** Danish: why the last automatic backup failed, or null. */
  lastError: string | null;
}
