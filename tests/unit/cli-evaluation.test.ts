// `npm run cli -- export evaluering`: the same draft as Rapporter → Evaluering, with the app's
// dd.mm.åååå dates, --slut for the final evaluation, and Danish refusals with exit 64.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader';
import { tempDir } from '../support/workbooks';

const dir = tempDir('arbejdsbogen-cli-evaluering-');
const demo = path.join(dir, 'demo.arbejdsbog');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('electron/cli.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run cli -- export evaluering', () => {
  it('writes the midtvejsevaluering and, with --slut, the slutevaluering for the period given', async () => {
    expect(cli('demo', demo).code).toBe(0);
    const midway = path.join(dir, 'Midtvejs.docx');
    const made = cli('export', 'evaluering', demo, '--from', '01.01.2020', '--to', '30.06.2021', '--out', midway);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^Midtvejsevaluering gemt: .*Midtvejs\.docx \(\d+ kB\)\n$/);
    const doc = await readDocx(fs.readFileSync(midway));
    expect(doc.headings[0]!.text).toBe('Midtvejsevaluering');
    expect(doc.tables.find((t) => t[0]?.[0] === 'Evaluering')![1]).toEqual(['Periode', '1. januar 2020 – 30. juni 2021']);

    const final = path.join(dir, 'Slut');
    const slut = cli('export', 'evaluering', demo, '--slut', '--from=2019-04-01', '--to', '31.12.2022', '--out', final);
    expect(slut.code).toBe(0);
    expect(slut.stdout).toMatch(/^Slutevaluering gemt: .*Slut\.docx/);
    const finalDoc = await readDocx(fs.readFileSync(`${final}.docx`));
    expect(finalDoc.headings[0]!.text).toBe('Slutevaluering');
    expect(finalDoc.headings.filter((h) => h.level === 2)).toHaveLength(3);
  }, 120_000);

  it('refuses wrong use in Danish with the usage and exit 64, and a file that is no workbook with exit 2', () => {
    const out = path.join(dir, 'x.docx');
    const noPeriod = cli('export', 'evaluering', demo, '--out', out);
    expect(noPeriod.code).toBe(64);
    expect(noPeriod.stderr).toContain('--from mangler: angiv evalueringens periode med --from og --to (dd.mm.åååå)');
    expect(noPeriod.stderr).toContain('npm run cli -- export evaluering <fil> --from dd.mm.åååå --to dd.mm.åååå --out <sti.docx> [--slut]');
    expect(cli('export', 'evaluering', demo, '--from', '31.02.2021', '--to', '01.03.2021', '--out', out).stderr).toContain('--from: 31.02.2021 findes ikke: februar 2021 har 28 dage');
    expect(cli('export', 'evaluering', demo, '--from', '01.07.2021', '--to', '01.03.2021', '--out', out)).toMatchObject({ code: 64 });
    expect(cli('export', 'evaluering', demo, '--from', '01.07.2021', '--to', '01.03.2021', '--out', out).stderr).toContain('Perioden kan ikke slutte, før den begynder');
    expect(cli('export', 'evaluering', demo, '--slut=ja', '--from', '01.01.2021', '--to', '01.03.2021', '--out', out).stderr).toContain('--slut tager ingen værdi');
    expect(cli('export', 'statusnotat', demo, '--slut', '--out', out).stderr).toContain('Ukendt tilvalg: --slut');
    expect(cli('export', 'evaluering', path.join(dir, 'findes-ikke.arbejdsbog'), '--from', '01.01.2021', '--to', '01.03.2021', '--out', out).code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});
