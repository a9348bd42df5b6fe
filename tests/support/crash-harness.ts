// Kills a writer process at random moments and checks, after each kill, that the workbook
// opens, is sound, holds every acknowledged edit and shows no half-made change. Shared by the
// crash test and the safety benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { Workbook } from '../../electron/workbook/workbook';
import { bundleEntry, ROOT } from './bundle';

/** Bundles the child once, so each of the many child processes starts in plain Node quickly. */
export function bundleCrashChild(): Promise<string> {
  return bundleEntry('tests/support/crash-child.ts', 'crash-child');
}

/** Bundles the CLI (electron/cli.ts) once, so a test can start it as quickly as a writer child. */
export async function bundleCli(): Promise<string> {
  // Word documents are made in a worker whose script sits beside the bundle, as in the built app.
  await bundleEntry('electron/features/reports/document-worker.ts', 'document-worker', { packages: 'external', extension: '.js' });
  return bundleEntry('electron/cli.ts', 'cli', { packages: 'external' });
}

/** Bundles tests/support/open-gate.ts, a preload for `node --import` (see there). */
export function bundleOpenGate(): Promise<string> {
  return bundleEntry('tests/support/open-gate.ts', 'open-gate', { plain: true });
}

export interface ChildRun {
  acked: string[];
  moves: number;
  refused: string[];
  errors: string[];
  exit: { code: number | null; signal: NodeJS.Signals | null };
  readyMs: number | null;
}

export interface ChildOptions {
  /** Receives the child process (e.g. to kill it at a moment of the test's choosing). */
  started?: (child: ChildProcess) => void;
  /** Arguments for node itself, before the bundle (e.g. --require of a test preload). */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts a child; once it is ready, waits killAfterMs and SIGKILLs it (null: let it finish, or
 * kill it through options.started).
 */
export function runChild(bundle: string, args: string[], killAfterMs: number | null, options: ChildOptions = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), bundle, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
    options.started?.(child);
    const run: ChildRun = { acked: [], moves: 0, refused: [], errors: [], exit: { code: null, signal: null }, readyMs: null };
    let buffer = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith('ack ')) run.acked.push(line.slice(4));
        else if (line.startsWith('moved ')) run.moves++;
        else if (line.startsWith('refused ')) run.refused.push(line.slice(8));
        else if (line.startsWith('error ') || line.startsWith('readonly ')) run.errors.push(line);
        else if (line.startsWith('ready')) {
          run.readyMs = Number(line.split(' ')[1] ?? 'NaN');
          if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      run.exit = { code, signal };
      if (stderr.trim()) run.errors.push(`stderr: ${stderr.trim()}`);
      resolve(run);
    });
  });
}

export interface Verification {
  openMs: number;
  goalTexts: Set<string>;
  problems: string[];
}

/**
 * Opens the workbook the way the app does (inspection, recovery of the journal) and checks:
 * integrity_check ok, foreign keys ok, and – the "no half-made change" test – every row of
 * every tracked table equals the "after" of its latest change-log entry and every logged row
 * that should exist does. The change log is written in the same transaction as the data, so a
 * half-applied change would show up as a difference here.
 */
export function verifyWorkbook(file: string): Verification {
  const started = performance.now();
  const wb = Workbook.open(file);
  const openMs = performance.now() - started;
  const problems: string[] = [];
  try {
    const db: Database.Database = wb.db;
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
    const emptySets = db.prepare('SELECT COUNT(*) FROM change_set s WHERE NOT EXISTS (SELECT 1 FROM change c WHERE c.set_id = s.id)').pluck().get() as number;
    if (emptySets) problems.push(`${emptySets} change sets without changes`);
    const orphans = db.prepare('SELECT COUNT(*) FROM change c WHERE NOT EXISTS (SELECT 1 FROM change_set s WHERE s.id = c.set_id)').pluck().get() as number;
    if (orphans) problems.push(`${orphans} changes without a change set`);

    const latest = db
      .prepare('SELECT tbl, row_id, after_json FROM change WHERE id IN (SELECT MAX(id) FROM change GROUP BY tbl, row_id)')
      .all() as Array<{ tbl: string; row_id: number; after_json: string | null }>;
    const expected = new Map<string, Map<number, string | null>>();
    for (const c of latest) {
      const table = expected.get(c.tbl) ?? new Map<number, string | null>();
      table.set(c.row_id, c.after_json);
      expected.set(c.tbl, table);
    }
    for (const [table, rows] of expected) {
      const actual = new Map((db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>).map((r) => [r.id as number, JSON.stringify(r)]));
      for (const [id, after] of rows) {
        const now = actual.get(id);
        if (after === null && now !== undefined) problems.push(`${table} ${id} exists though its last change deleted it`);
        if (after !== null && now !== after) problems.push(`${table} ${id} differs from its last logged change`);
      }
      for (const id of actual.keys()) if (!rows.has(id)) problems.push(`${table} ${id} has no change-log entry`);
    }
    const goalTexts = new Set(db.prepare("SELECT text FROM program_list_item WHERE list = 'goal'").pluck().all() as string[]);
    for (const list of ['goal', 'focusArea', 'policy']) {
      const positions = db.prepare('SELECT position FROM program_list_item WHERE list = ? ORDER BY position').pluck().all(list) as number[];
      if (list !== 'goal' && positions.some((p, i) => p !== i + 1)) problems.push(`${list} positions are not 1..n: ${positions.join(',')}`);
    }
    return { openMs, goalTexts, problems: problems.slice(0, 20) };
  } finally {
    wb.close();
  }
}

export interface CrashReport {
  kills: number;
  ackedEdits: number;
  moves: number;
  missingAcked: string[];
  problems: string[];
  worstOpenMs: number;
  medianOpenMs: number;
  lockTakeOvers: number;
  childErrors: string[];
}

/** Runs `kills` writer processes against one workbook, each killed at a random moment. */
export async function crashLoop(bundle: string, workbookPath: string, settingsDir: string, kills: number, maxDelayMs = 120): Promise<CrashReport> {
  const report: CrashReport = { kills: 0, ackedEdits: 0, moves: 0, missingAcked: [], problems: [], worstOpenMs: 0, medianOpenMs: 0, lockTakeOvers: 0, childErrors: [] };
  const opens: number[] = [];
  for (let k = 0; k < kills; k++) {
    const lockExisted = fs.existsSync(`${workbookPath}.lås`);
    const run = await runChild(bundle, ['session', workbookPath, settingsDir, `k${k}`], Math.floor(Math.random() * maxDelayMs));
    if (run.exit.signal === 'SIGKILL') report.kills++;
    if (lockExisted && run.readyMs !== null) report.lockTakeOvers++;
    report.childErrors.push(...run.errors);
    report.ackedEdits += run.acked.length;
    report.moves += run.moves;
    const verification = verifyWorkbook(workbookPath);
    opens.push(verification.openMs);
    for (const text of run.acked) if (!verification.goalTexts.has(text)) report.missingAcked.push(text);
    report.problems.push(...verification.problems.map((p) => `kill ${k}: ${p}`));
  }
  opens.sort((a, b) => a - b);
  report.worstOpenMs = opens.at(-1) ?? 0;
  report.medianOpenMs = opens[Math.floor(opens.length / 2)] ?? 0;
  return report;
}
