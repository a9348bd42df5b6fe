import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDateLong } from '../../shared/dates';
import { readDocx } from '../support/docx-reader';
import { tempDir } from '../support/workbooks';

const dir = tempDir('arbejdsbogen-cli-export-');
const workbook = path.join(dir, 'bog.arbejdsbog');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('electron/cli.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run cli -- export', () => {
  it('exports the programme document and a statusnotat for a period from a workbook file', async () => {
    expect(cli('new', workbook).code).toBe(0);
    const out = path.join(dir, 'Programdokument');
    const programme = cli('export', 'programdokument', workbook, '--out', out);
    expect(programme.stderr).toBe('');
    expect(programme.code).toBe(0);
    expect(programme.stdout).toMatch(/^Programdokument gemt: .*Programdokument\.docx \(\d+ kB\)\n$/);
    const doc = await readDocx(fs.readFileSync(`${out}.docx`));
    expect(doc.tables.find((t) => t[0]?.[0] === 'Samlede udgifter (kr.)')?.at(-1)).toEqual(['I alt', '477.500', '930.000', '630.000', '472.500', '2.510.000']);

    const status = cli(
      'export', 'statusnotat', workbook, '--out', path.join(dir, 's.docx'), '--from', '2026-07-01', '--to=2026-09-30',
      '--indstilling', 'Det indstilles, at direktøren tager notatet til efterretning.',
    );
    expect(status.code).toBe(0);
    const notat = await readDocx(fs.readFileSync(path.join(dir, 's.docx')));
    expect(notat.tables[1]![0]).toEqual(['Periode', '1. juli 2026 – 30. september 2026']);
    // The Indstilling first, under its own heading.
    expect(notat.headings.map((h) => h.text).slice(0, 3)).toEqual(['Statusnotat', 'Indstilling', '1. Sammenfatning']);
    expect(notat.text).toContain('Det indstilles, at direktøren tager notatet til efterretning.');
  }, 120_000);

  it('refuses wrong use with the usage and exit 64, and a missing meeting with exit 1', () => {
    const noMeeting = cli('export', 'dagsorden', workbook, '--out', path.join(dir, 'd.docx'), '--meeting', 'next');
    expect(noMeeting).toMatchObject({ code: 1, stderr: 'Arbejdsbogen har ingen møder endnu\n' });
    const badDate = cli('export', 'referat', workbook, '--out', path.join(dir, 'r.docx'), '--meeting', '2026-13-01');
    expect(badDate.code).toBe(64);
    expect(badDate.stderr).toContain('--meeting skal være en dato (ÅÅÅÅ-MM-DD), latest eller next');
    expect(badDate.stderr).toContain('npm run cli -- export statusnotat <fil> --out <sti.docx> [--from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD]');
    expect(cli('export', 'statusnotat', workbook, '--out', 'x.docx', '--from', '2026-10-01').stderr).toContain('Angiv både periodens start og slutning');
    expect(cli('export', 'programdokument', workbook).stderr).toContain('--out mangler');
    expect(cli('export', 'programdokument', workbook, '--out', 'x.docx', '--meeting', 'next').stderr).toContain('--meeting gælder kun dagsorden og referat');
    expect(cli('export', 'programdokument', workbook, '--out', 'x.docx', '--indstilling', 'Det indstilles, at …').stderr).toContain('--indstilling gælder kun statusnotat');
    expect(cli('export', 'regnskab', workbook, '--out', 'x').code).toBe(64);
    expect(cli('export', 'programdokument', path.join(dir, 'findes-ikke.arbejdsbog'), '--out', path.join(dir, 'p.docx')).code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'd.docx'))).toBe(false);
  }, 120_000);

  it('exports the dagsorden and referat of a demonstration workbook’s meeting chosen by date or as the latest', async () => {
    const demo = path.join(dir, 'demo.arbejdsbog');
    const made = cli('demo', demo);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('27 møder');

    const agendaOut = path.join(dir, 'Dagsorden.docx');
    const agenda = cli('export', 'dagsorden', demo, '--out', agendaOut, '--meeting', '2022-06-08');
    expect(agenda.stderr).toBe('');
    expect(agenda).toMatchObject({ code: 0 });
    expect(agenda.stdout).toMatch(/^Dagsorden gemt: .*Dagsorden\.docx \(\d+ kB\)\n$/);
    const agendaDoc = await readDocx(fs.readFileSync(agendaOut));
    expect(agendaDoc.tables[1]![0]).toEqual(['Dato', 'onsdag den 8. juni 2022']);
    expect(agendaDoc.headings.slice(0, 4).map((h) => h.text)).toEqual(['Dagsorden', 'Punkter', '1. Godkendelse af dagsorden', '2. Opfølgning på referat og handlinger']);
    expect(agendaDoc.tables.find((t) => t[0]?.join('|') === 'Nr.|Punkt|Type|Tid')![1]).toEqual(['1', 'Godkendelse af dagsorden', 'Beslutning', 'kl. 14.00–14.05']);
    expect(agendaDoc.tables.some((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')).toBe(true);

    // "latest": the last meeting up to today – the demonstration's meetings all lie in 2019–2022.
    const minutesOut = path.join(dir, 'Referat.docx');
    const minutes = cli('export', 'referat', demo, '--out', minutesOut, '--meeting', 'latest');
    expect(minutes.stderr).toBe('');
    expect(minutes.code).toBe(0);
    const minutesDoc = await readDocx(fs.readFileSync(minutesOut));
    expect(minutesDoc.tables[1]![0]).toEqual(['Dato', 'onsdag den 31. august 2022']);
    expect(minutesDoc.headings.at(-1)?.text).toBe('Handlinger');

    const none = cli('export', 'dagsorden', demo, '--out', path.join(dir, 'n.docx'), '--meeting', 'next');
    expect(none).toMatchObject({ code: 1, stderr: `Der er ikke planlagt noget møde fra i dag og frem; det seneste var ${formatDateLong('2022-08-31')}\n` });
    const wrongDay = cli('export', 'referat', demo, '--out', path.join(dir, 'w.docx'), '--meeting', '2022-06-09');
    expect(wrongDay).toMatchObject({ code: 1, stderr: 'Der er intet møde den 9. juni 2022\n' });
    expect(fs.existsSync(path.join(dir, 'n.docx'))).toBe(false);
  }, 120_000);
});
