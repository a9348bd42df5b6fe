// `npm run cli -- export invitation|email`: the same files as "Send dagsorden/referat", written
// where --out says (or in the current folder), read back with node-ical and mailparser.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkbook, tempDir } from '../support/workbooks';

const root = path.resolve(import.meta.dirname, '../..');
const dir = tempDir('arbejdsbogen-cli-send-');
let workbook = '';
let januaryId = 0;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], cwd = root) {
  // tsx by its path, so the CLI runs from any folder (the default --out is the current one).
  const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
  const result = spawnSync(process.execPath, [tsx, path.join(root, 'electron/cli.ts'), ...args], { encoding: 'utf8', timeout: 60_000, cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Three members with an address, one without; a meeting in January and one in March. */
beforeAll(async () => {
  const wb = createTestWorkbook();
  const members = (await wb.call('program.get', {})).members;
  const people = [['Lene Bach Andersen', 'lene@gladsaxe.dk'], ['Sara Khalil', 'sara@gladsaxe.dk'], ['Jens Mikkelsen', 'jens@gladsaxe.dk'], ['Søren Ærø', '']] as const;
  for (const [index, member] of members.entries()) await wb.call('members.update', { id: member.id, patch: { name: people[index]![0], email: people[index]![1] } });
  januaryId = (await wb.call('meetings.add', { date: '2027-01-13', place: 'Mørkhøj Bibliotek' })).id;
  await wb.call('meetings.add', { date: '2027-03-10', startTime: '10:00', endTime: '12:00', place: 'Gladsaxe Rådhus' });
  wb.session.close();
  workbook = path.join(dir, 'bog.arbejdsbog');
  fs.copyFileSync(wb.path, workbook);
  wb.close();
}, 60_000);

function eventIn(file: string): VEvent {
  return Object.values(ical.sync.parseICS(fs.readFileSync(file, 'utf8'))).find((c) => c?.type === 'VEVENT') as VEvent;
}

describe('npm run cli -- export invitation|email', () => {
  it('writes the invitation for a meeting chosen by id or date, naming the organiser, the addressees and who has no address', () => {
    const out = path.join(dir, 'Ud');
    const byId = cli(['export', 'invitation', workbook, '--meeting', String(januaryId), '--out', out]);
    expect(byId.stderr).toBe('');
    expect(byId.code).toBe(0);
    const ics = path.join(out, 'Kalenderinvitation 2027-01-13.ics');
    expect(byId.stdout).toBe(
      [
        `Kalenderinvitation gemt: ${ics}`,
        'Arrangør: Lene Bach Andersen <lene@gladsaxe.dk>',
        'Til: Lene Bach Andersen <lene@gladsaxe.dk>, Sara Khalil <sara@gladsaxe.dk>, Jens Mikkelsen <jens@gladsaxe.dk>',
        'Søren Ærø, Støtte til opfølgning og udvikling har ingen e-mailadresse og er ikke med som modtager. Send dokumentet på anden vis, eller skriv e-mailadressen på medlemmet under Program → Styregruppens medlemmer.',
        '',
      ].join('\n'),
    );
    const first = eventIn(ics);
    expect(new Date(first.start).toISOString()).toBe('2027-01-13T13:00:00.000Z');
    expect(first.location).toBe('Mørkhøj Bibliotek');

    const byDate = cli(['export', 'invitation', workbook, '--meeting', '2027-01-13', `--out=${out}`]);
    expect(byDate.code).toBe(0);
    const again = eventIn(ics);
    expect(again.uid).toBe(first.uid);
    expect(Number(again.sequence)).toBeGreaterThan(Number(first.sequence));
  }, 60_000);

  it('writes the e-mail with the document into the current folder when --out is left out', async () => {
    const here = path.join(dir, 'Her');
    fs.mkdirSync(here);
    const result = cli(['export', 'email', workbook, '--meeting', '2027-03-10', '--document', 'referat'], here);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const eml = path.join(here, 'Referat 2027-03-10.eml');
    expect(result.stdout.split('\n')[0]).toBe(`E-mail gemt: ${eml} (med Referat 2027-03-10.docx vedhæftet, klar til at sende)`);
    expect(result.stdout).toContain('Søren Ærø, Støtte til opfølgning og udvikling har ingen e-mailadresse');
    expect(fs.readdirSync(here)).toEqual(['Referat 2027-03-10.eml']);
    const mail = await simpleParser(fs.readFileSync(eml));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Referat: Styregruppemøde onsdag den 10. marts 2027');
    expect(mail.text).toContain('Tid: kl. 10.00–12.00');
    expect(mail.text).toContain('Mødet er ikke afholdt endnu, så referatet er et udkast.');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Referat 2027-03-10.docx']);

    // The dagsorden's e-mail carries the invitation; `export email` writes no separate .ics.
    const agenda = cli(['export', 'email', workbook, '--meeting', '2027-03-10', '--document', 'dagsorden', '--out', here]);
    expect(agenda.code).toBe(0);
    expect(fs.readdirSync(here).sort()).toEqual(['Dagsorden 2027-03-10.eml', 'Referat 2027-03-10.eml']);
    const agendaMail = await simpleParser(fs.readFileSync(path.join(here, 'Dagsorden 2027-03-10.eml')));
    expect(agendaMail.attachments.map((a) => a.filename)).toEqual(['Dagsorden 2027-03-10.docx', 'Kalenderinvitation 2027-03-10.ics']);
  }, 60_000);

  it('refuses wrong use in Danish with exit 64, and a meeting that is not there with exit 1', () => {
    const usage = (args: string[]) => {
      const result = cli(['export', ...args]);
      expect(result.code, args.join(' ')).toBe(64);
      expect(result.stderr).toContain('npm run cli -- export email <fil> --meeting <id|ÅÅÅÅ-MM-DD|latest|next> --document dagsorden|referat [--out <mappe>]');
      return result.stderr.split('\n')[0];
    };
    expect(usage(['invitation', workbook])).toBe('--meeting mangler: angiv mødets id, dato (ÅÅÅÅ-MM-DD), latest eller next');
    expect(usage(['invitation', workbook, '--meeting', 'snart'])).toBe('--meeting skal være et møde-id, en dato (ÅÅÅÅ-MM-DD), latest eller next – ikke "snart"');
    expect(usage(['email', workbook, '--meeting', 'next'])).toBe('--document mangler: angiv dagsorden eller referat');
    expect(usage(['email', workbook, '--meeting', 'next', '--document', 'statusnotat'])).toBe('Det, der sendes, skal være dagsorden eller referat');
    expect(usage(['invitation', workbook, '--meeting', 'next', '--document', 'referat'])).toBe('--document gælder kun email');
    expect(cli(['export', 'invitation', workbook, '--meeting', '2027-02-01'])).toMatchObject({ code: 1, stderr: 'Der er intet møde den 1. februar 2027\n' });
    expect(cli(['export', 'invitation', workbook, '--meeting', '999'])).toMatchObject({ code: 1, stderr: 'Mødet findes ikke (måske er det slettet)\n' });
  }, 120_000);
});
