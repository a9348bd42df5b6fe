import { LATEST_SCHEMA_VERSION } from '../../workbook/migrations';
import { schemaDifferences } from '../../workbook/schema';
import type { Checker } from './checker';

/**
 * SQLite's own checks: the file's pages and the foreign keys between rows; and the schema is
 * exactly the one the migrations make (a trigger or view added by another program is reported).
 */
export const checkIntegrity: Checker = (wb) => {
  const problems = [];
  const differences = schemaDifferences(wb.db, LATEST_SCHEMA_VERSION);
  if (differences.length) {
    problems.push({ severity: 'fejl' as const, area: 'Fil', message: `Filen er ændret uden om Arbejdsbogen: ${differences.join(', ')}. Gendan en sikkerhedskopi` });
  }
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
