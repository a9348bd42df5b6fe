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

describe('npm run cli -- suggest', () => {
  const demo = path.join(dir, 'demo.arbejdsbog');

  it('prints the suggestions for a meeting in Danish, by id or date, as of a given day', async () => {
    expect((await cli('demo', demo)).code).toBe(0);
    const byId = await cli('suggest', demo, '--meeting', '27', '--today', '2022-08-20');
    expect(byId.stderr).toBe('');
    expect(byId.code).toBe(0);
    const out = byId.stdout.split('\n');
    expect(out[0]).toBe('Forslag til dagsorden for mødet 31. august 2022:');
    expect(out.filter((l) => /^\d+\. /.test(l))).toEqual([
      '1. Handling: Skrive oplæg om bydelshus til BKF-chefgruppen (Drøftelse)',
      '2. Handling: Udarbejde tids- og aktivitetsplan for åben hal (Drøftelse)',
      '3. Handling: Sende økonomiopfølgningen til SOB-enheden (Drøftelse)',
      '4. Handling: Underskrive overdragelsesaftalen med områdets skoler (Drøftelse)',
      '5. Handling: Forhandle forankringsaftale for fællesspisningen med boligselskabets beboerrådgiver (Drøftelse)',
      '6. Plan, indsats 1: Eventuel videreførelse af social innovator i driften (Orientering)',
      '7. Plan, indsats 2: Eventuel videreførelse af social innovator i driften (Orientering)',
      '8. Plan, indsats 3: Implementering af aktiviteter (Orientering)',
      '9. Beslutning om videreførelse af social innovator i driften (Beslutning)',
      '10. Budget: merforbrug på Indsats 1 og 2 – social innovator – Løn 2019 (Drøftelse)',
      '11. Budget: merforbrug på Indsats 1 og 2 – social innovator – Driftudgifter, herunder telefon, uddannelse mv. 2020 (Drøftelse)',
      '12. Budget: merforbrug på Indsats 1 og 2 – social innovator – Driftudgifter, herunder telefon, uddannelse mv. 2021 (Drøftelse)',
      '13. Status: Indsats 2: Bedre fritidsmuligheder (Drøftelse)',
      '14. Erfaringer fra forældrenetværket i Mørkhøj (Drøftelse)',
    ]);
    expect(out).toContain('   Hvorfor: Foreslået af Sara Khalil og venter på formandens svar.');
    expect(out).toContain('   Kilde: forslag 183');
    expect(out).toContain('   – at styregruppen drøfter erfaringerne og mulighederne for at udbrede netværket');

    // Today (after the period) through the channel, the meeting chosen by its date.
    const byDate = await cli('suggest', demo, '--meeting', '2022-08-31');
    expect(byDate.code).toBe(0);
    expect(byDate.stdout.split('\n').slice(0, 2)).toEqual([
      'Forslag til dagsorden for mødet 31. august 2022:',
      'Programperioden sluttede med 4. kvartal 2022. Tag stilling til, om indsatserne skal videreføres.',
    ]);
  }, 120_000);

  it('refuses wrong use with the usage and exit 64, and an unknown meeting with a Danish line and exit 1', async () => {
    for (const args of [[demo], [demo, '--meeting'], [demo, '--meeting', '1', '--today', 'i går'], [demo, '--meeting', '1', '--hvad', 'x']]) {
      const result = await cli('suggest', ...args);
      expect(result.code).toBe(64);
      expect(result.stderr).toBe('Brug: npm run cli -- suggest <fil> --meeting <id|ÅÅÅÅ-MM-DD|latest|next> [--today ÅÅÅÅ-MM-DD]\n');
    }
    const missing = await cli('suggest', demo, '--meeting', '999');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim()).toMatch(/^Mødet /);
  }, 120_000);
});
