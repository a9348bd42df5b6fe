// The schema a workbook file may have: exactly what the migrations make for its version. A file
// with anything else – a hidden trigger, a view, an extra table or index, a changed CREATE
// statement – is refused before anything touches its data: a trigger would run on our writes
// (and past the change log and undo), a recursive view would hang whoever reads it, and backups
// would copy both.
import Database from 'better-sqlite3';
import { RefusedFileError } from './errors';
import { MIGRATIONS } from './migrations';

export interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  /** The CREATE statement with its whitespace normalised; null for SQLite's automatic indexes. */
  sql: string | null;
}

/**
 * Every connection to a workbook: functions with side effects may not run from the schema (views,
 * triggers, defaults, CHECK constraints). Set first, before anything is read.
 */
export function hardenConnection(db: Database.Database): void {
  db.pragma('trusted_schema = OFF');
}

/** Opens a better-sqlite3 connection with hardenConnection() applied. The one way the app opens SQLite. */
export function openDatabase(file: string | Buffer, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  try {
    hardenConnection(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Whitespace does not matter to SQLite; a migration reformatted later must not refuse older files. */
export function normaliseSql(sql: string | null): string | null {
  if (sql === null) return null;
  return sql.replace(/\s+/g, ' ').replace(/ ?([(),;]) ?/g, '$1').trim();
}

/** The schema objects of a connection, sorted by type and name. Reads sqlite_master only. */
export function readSchema(db: Database.Database): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name AS tblName, sql FROM sqlite_master').all() as SchemaObject[];
  return rows.map((r) => ({ ...r, sql: normaliseSql(r.sql) })).sort(byTypeAndName);
}

const byTypeAndName = (a: SchemaObject, b: SchemaObject) => (a.type === b.type ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.type < b.type ? -1 : 1);

const expectedCache = new Map<number, SchemaObject[]>();

/** The schema the migrations make for a version, built once in memory. */
export function expectedSchema(version: number, nativeBinding?: string): SchemaObject[] {
  const cached = expectedCache.get(version);
  if (cached) return cached;
  const db = openDatabase(':memory:', { nativeBinding });
  try {
    db.transaction(() => {
      for (const migration of MIGRATIONS) if (migration.version <= version) migration.up(db);
    }).immediate();
    const schema = readSchema(db);
    expectedCache.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

const TYPE_NAMES: Record<string, string> = { table: 'tabel', index: 'indeks', view: 'visning (view)', trigger: 'trigger' };
const describe = (o: SchemaObject) => `${TYPE_NAMES[o.type] ?? o.type} "${o.name}"`;

/** How the schema of a connection differs from what the migrations make, in Danish; [] when equal. */
export function schemaDifferences(db: Database.Database, version: number, nativeBinding?: string): string[] {
  const key = (o: SchemaObject) => `${o.type}\0${o.name}`;
  const expected = new Map(expectedSchema(version, nativeBinding).map((o) => [key(o), o]));
  const actual = new Map(readSchema(db).map((o) => [key(o), o]));
  const differences: string[] = [];
  for (const [k, o] of actual) {
    const wanted = expected.get(k);
    if (!wanted) differences.push(`en ekstra ${describe(o)}`);
    else if (wanted.sql !== o.sql || wanted.tblName !== o.tblName) differences.push(`en ændret ${describe(o)}`);
  }
  for (const [k, o] of expected) if (!actual.has(k)) differences.push(`mangler ${describe(o)}`);
  return differences;
}

/** Refuses (untouched) a file whose schema is not exactly the one of its version. */
export function assertExpectedSchema(db: Database.Database, version: number, fileName: string, nativeBinding?: string): void {
  const differences = schemaDifferences(db, version, nativeBinding);
  if (differences.length === 0) return;
  const shown = differences.slice(0, 3).join(', ') + (differences.length > 3 ? ` og ${differences.length - 3} mere` : '');
  throw new RefusedFileError(
    `Filen "${fileName}" er ændret uden om Arbejdsbogen og åbnes ikke, da den kunne slette eller ændre data i det skjulte ` +
      `(${shown}). Filen er ikke rørt. Gendan en sikkerhedskopi, eller bed den, der har ændret filen, om at rette den`,
  );
}
