import type { Checker } from './checker';

/** SQLite's own checks: the file's pages and the foreign keys between rows. */
export const checkIntegrity: Checker = (wb) => {
  const problems = [];
  const integrity = wb.db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  for (const row of integrity) {
    if (row.integrity_check !== 'ok') problems.push({ severity: 'fejl' as const, area: 'Fil', message: `Filen er beskadiget: ${row.integrity_check}` });
  }
  const orphans = wb.db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  for (const o of orphans) {
    problems.push({ severity: 'fejl' as const, area: 'Fil', message: `Række ${o.rowid} i ${o.table} peger på en ${o.parent}, der ikke findes` });
  }
  return problems;
};
