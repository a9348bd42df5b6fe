import { UserFacingError } from './errors';

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = String((error as { code: unknown }).code);
  return code.startsWith('SQLITE_') ? code : null;
}

/**
 * SQLite's failures while reading or writing the file, in Danish. Each write is one transaction,
 * so whatever failed was rolled back whole: the messages can promise that nothing half-written
 * remains.
 */
export function describeSqliteFailure(error: unknown): UserFacingError | null {
  const code = sqliteCode(error);
  if (!code) return null;
  if (code === 'SQLITE_FULL') {
    return new UserFacingError('refused', 'Der er ikke mere plads på drevet, så ændringen blev ikke gemt. Intet er ændret – frigør plads og prøv igen');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new UserFacingError('read_only', 'Arbejdsbogen kan ikke skrives (filen eller mappen er skrivebeskyttet). Ændringen blev ikke gemt');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new UserFacingError('conflict', 'Arbejdsbogen er optaget af et andet program. Prøv igen om lidt');
  }
  if (code === 'SQLITE_TOOBIG') {
    return new UserFacingError('invalid_input', 'Teksten er for stor til at blive gemt');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new UserFacingError('refused', 'Arbejdsbogen ser ud til at være beskadiget, så ændringen blev ikke gemt. Gendan den fra en sikkerhedskopi (Filer → Gendan fra sikkerhedskopi…)');
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new UserFacingError('refused', 'Filen kunne ikke skrives (fejl på drevet eller netværket). Ændringen blev ikke gemt – prøv igen');
  }
  return null;
}

export function isSqliteReadOnlyOrPermission(error: unknown): boolean {
  const code = sqliteCode(error) ?? String((error as NodeJS.ErrnoException | null)?.code ?? '');
  return code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

export function isSqliteBusy(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
