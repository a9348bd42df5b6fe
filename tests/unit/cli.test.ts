import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHash } from '../support/file-hash';
import { cli } from '../support/cli';
import { tempDir } from '../support/workbooks';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));


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

describe('npm run cli -- series', () => {
  const file = path.join(dir, 'mødeplan.arbejdsbog');

  it('creates a year of meetings by interval or by dates, prints them in Danish and names the skipped dates', async () => {
    expect((await cli('new', file)).code).toBe(0);
    const year = await cli('series', file, '--from', '2027-01-13', '--to', '2027-12-15', '--every', '6', '--weekday', 'onsdag', '--time', '14-16', '--place', 'Mørkhøj Bibliotek');
    expect(year.stderr).toBe('');
    expect(year.code).toBe(0);
    expect(year.stdout.split('\n')).toEqual([
      'Mødeplan »Styregruppens møder«: hver 6. uge, onsdag 14.00–16.00, Mørkhøj Bibliotek',
      'Oprettet 9 møder:',
      '  onsdag den 13. januar 2027', '  onsdag den 24. februar 2027', '  onsdag den 7. april 2027', '  onsdag den 19. maj 2027', '  onsdag den 30. juni 2027',
      '  onsdag den 11. august 2027', '  onsdag den 22. september 2027', '  onsdag den 3. november 2027', '  onsdag den 15. december 2027',
      'Dagsorden fra skabelonen: Godkendelse af dagsorden, Opfølgning på referat og handlinger, Eventuelt',
      '',
    ]);

    const listed = await cli('series', file, '--dates', '2027-01-13,2027-02-25', '--time', '9-11.30', '--place', 'Gladsaxe Rådhus', '--title', 'Temamøder');
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')).toEqual([
      'Mødeplan »Temamøder«: 2 datoer, 09.00–11.30, Gladsaxe Rådhus',
      'Oprettet 1 møde:',
      '  torsdag den 25. februar 2027',
      'Sprunget over (1):',
      '  13. januar 2027: Der er allerede et møde 13. januar 2027',
      'Dagsorden fra skabelonen: Godkendelse af dagsorden, Opfølgning på referat og handlinger, Eventuelt',
      '',
    ]);

    // The file holds what was printed.
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT date, start_time, end_time, place FROM meeting ORDER BY date').all().slice(0, 3)).toEqual([
        { date: '2027-01-13', start_time: '14:00', end_time: '16:00', place: 'Mørkhøj Bibliotek' },
        { date: '2027-02-24', start_time: '14:00', end_time: '16:00', place: 'Mørkhøj Bibliotek' },
        { date: '2027-02-25', start_time: '09:00', end_time: '11:30', place: 'Gladsaxe Rådhus' },
      ]);
      expect(db.prepare('SELECT COUNT(*) FROM meeting').pluck().get()).toBe(10);
      // Each series is one change in the log.
      expect(db.prepare("SELECT description FROM change_set WHERE description LIKE 'Ny mødeplan%' ORDER BY id").pluck().all()).toEqual([
        'Ny mødeplan: hver 6. uge, onsdag 14.00–16.00, Mørkhøj Bibliotek',
        'Ny mødeplan: 2 datoer, 09.00–11.30, Gladsaxe Rådhus',
      ]);
    } finally {
      db.close();
    }
  }, 240_000);

  it('refuses wrong use with the usage and exit 64, unreadable values and a plan with nothing new in Danish with exit 1', async () => {
    const usage = 'Brug: npm run cli -- series <fil> (--from <dato> --to <dato> --every <uger> --weekday <ugedag> | --dates <dato,dato,…>) --time <start-slut> --place <sted> [--title <navn>]\n';
    for (const args of [[file], [file, '--dates', '2027-01-13'], [file, '--time', '14-16', '--place', 'X'], [file, '--dates', '2027-01-13', '--from', '2027-01-01', '--time', '14-16', '--place', 'X']]) {
      const result = await cli('series', ...args);
      expect(result.code).toBe(64);
      expect(result.stderr).toBe(usage);
    }
    const refusals: Array<[string[], string]> = [
      [['--dates', '2027-01-13', '--time', '14', '--place', 'X'], '--time: skriv mødets tid som start-slut, fx 14-16 eller 9.30-11.30 (ikke »14«)'],
      [['--from', '2027-01-13', '--to', '2027-12-15', '--every', '6', '--weekday', 'blursday', '--time', '14-16', '--place', 'X'], '--weekday: skriv en ugedag som mandag eller onsdag (ikke »blursday«)'],
      [['--dates', '2027-02-30', '--time', '14-16', '--place', 'X'], '--dates: 2027-02-30 findes ikke: februar 2027 har 28 dage'],
      [['--from', '2027-12-15', '--to', '2027-01-13', '--every', '6', '--weekday', 'onsdag', '--time', '14-16', '--place', 'X'], 'Sidste dato skal ligge efter første dato'],
      [['--dates', '2027-01-13', '--time', '14-16', '--place', 'X'], 'Alle datoerne har allerede et møde, så der er intet at oprette (1 sprunget over)'],
    ];
    for (const [args, message] of refusals) {
      const result = await cli('series', file, ...args);
      expect(result.stderr).toBe(`${message}\n`);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
    }
  }, 240_000);
});
