import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHash } from '../support/file-hash';
import { tempDir } from '../support/workbooks';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'electron/cli.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run cli', () => {
  const file = path.join(dir, 'Mørkhøj.arbejdsbog');

  it('creates a workbook from the programme document, checks it sound and dumps it as JSON', async () => {
    expect((await cli('new', file)).code).toBe(0);
    const check = await cli('check', file);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('i orden');
    const dump = await cli('dump', file);
    expect(dump.code).toBe(0);
    const data = JSON.parse(dump.stdout) as { tables: { program: Array<{ journalNumber: string }> } };
    expect(data.tables.program[0]!.journalNumber).toBe('85.00.00P20');
  }, 30_000);

  it('lists the problems and exits 1 when the workbook is inconsistent', async () => {
    const db = new Database(file);
    db.prepare('UPDATE initiative SET number = 1').run();
    db.close();
    const check = await cli('check', file);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('[fejl] Indsatser: Der er flere indsatser med nummer 1');
  }, 30_000);

  it('refuses a file that is not a workbook with one Danish line and exit code 2, untouched', async () => {
    const bad = path.join(dir, 'regneark.arbejdsbog');
    fs.writeFileSync(bad, 'Dette er ikke en database');
    const before = fileHash(bad);
    for (const command of ['check', 'dump']) {
      const result = await cli(command, bad);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual(['Kan ikke åbne: Filen "regneark.arbejdsbog" er ikke en arbejdsbog (ukendt filformat)']);
    }
    expect(fileHash(bad)).toBe(before);
  }, 30_000);

  it('refuses to create over an existing file', async () => {
    const result = await cli('new', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('findes allerede');
  }, 30_000);
});
