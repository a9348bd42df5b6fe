// "Send dagsorden" and "Send referat" (reports.send) through the real dispatcher on a real
// workbook: the .eml read back with mailparser and the .ics with node-ical.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import { withoutEmailNotice } from '../../shared/domain/report';
import { composeEmailDraft } from '../../electron/documents/sending/email-draft';
import { composeInvitation } from '../../electron/documents/sending/invitation';
import { writeMeetingSending } from '../../electron/documents/sending/meeting-sending';
import { renderInWorker } from '../../electron/features/reports/render-in-worker';
import { createDocumentSession, type DocumentSession } from '../support/document-session';
import { readDocx } from '../support/docx-reader';

let ds: DocumentSession;
afterEach(() => ds?.close());

const EMAILS = ['lene.bach@gladsaxe.dk', 'sara.khalil@gladsaxe.dk', 'jens.mikkelsen@gladsaxe.dk'];
const NAMES = ['Lene Bach Andersen', 'Sara Khalil', 'Jens Mikkelsen', 'Søren Ærø'];

/**
 * The default workbook's four members named, three with an address (the fourth, SOB's, has none),
 * a winter meeting with an item of our own and a guest participant (no member, so no address).
 */
async function prepareMeeting(date = '2027-01-13'): Promise<number> {
  const program = await ds.call('program.get', {});
  for (const [index, member] of program.members.entries()) {
    await ds.call('members.update', { id: member.id, patch: { name: NAMES[index]!, email: EMAILS[index] ?? '' } });
  }
  const meeting = await ds.call('meetings.add', { date, startTime: '14:00', endTime: '16:00', place: 'Mørkhøj Bibliotek, mødesal Ærø' });
  await ds.call('meetings.items.add', { meetingId: meeting.id, title: 'Forældrecaféen på Værebro – økonomi og næste skridt', type: 'Beslutning', minutes: 30 });
  await ds.call('meetings.participants.add', { meetingId: meeting.id, name: 'Åse Østergaard', role: 'Gæst fra boligsocialt team' });
  return meeting.id;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
}

async function readEmail(file: string): Promise<ParsedMail> {
  return simpleParser(fs.readFileSync(file));
}

function readEvent(text: string): VEvent {
  const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return events[0] as VEvent;
}

describe('reports.send', () => {
  it('writes the dagsorden as an unsent e-mail to the participants with the Word document and the invitation, and opens both', async () => {
    ds = createDocumentSession();
    const meetingId = await prepareMeeting();
    const sent = await ds.call('reports.send', { meetingId, document: 'dagsorden' });

    const folder = path.join(ds.dir, 'Dokumenter');
    const emlPath = path.join(folder, 'Dagsorden 2027-01-13.eml');
    const icsPath = path.join(folder, 'Kalenderinvitation 2027-01-13.ics');
    expect(sent).toEqual({
      document: 'dagsorden',
      email: { path: emlPath, fileName: 'Dagsorden 2027-01-13.eml', opened: true, openError: null },
      invitation: { path: icsPath, fileName: 'Kalenderinvitation 2027-01-13.ics', opened: true, openError: null },
      recipients: EMAILS.map((email, index) => `${NAMES[index]} <${email}>`),
      withoutEmail: ['Søren Ærø, Støtte til opfølgning og udvikling', 'Åse Østergaard, Gæst fra boligsocialt team'],
    });
    // The e-mail is opened last, so it is what the user sees on top.
    expect(ds.opened).toEqual([icsPath, emlPath]);
    // No dialog: the files go straight to the folder for them.
    expect(ds.saveRequests).toEqual([]);
    expect(fs.readdirSync(folder).sort()).toEqual(['Dagsorden 2027-01-13.eml', 'Kalenderinvitation 2027-01-13.ics']);

    const mail = await readEmail(emlPath);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.from).toBeUndefined();
    expect(addresses(mail.to)).toEqual(EMAILS);
    expect(mail.subject).toBe('Dagsorden: Styregruppemøde onsdag den 13. januar 2027');
    expect(mail.text).toContain('Hermed dagsordenen til styregruppens møde.');
    expect(mail.text).toContain('Tid: kl. 14.00–16.00');
    expect(mail.text).toContain('Sted: Mørkhøj Bibliotek, mødesal Ærø');
    expect(mail.text).toMatch(/\n\d\. Forældrecaféen på Værebro – økonomi og næste skridt \(kl\. \d\d\.\d\d–\d\d\.\d\d\)\n/);
    expect(mail.text).toContain('Test Formand\nStyregruppen');

    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['Dagsorden 2027-01-13.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['Kalenderinvitation 2027-01-13.ics', 'text/calendar'],
    ]);
    const doc = await readDocx(mail.attachments[0]!.content);
    expect(doc.text).toContain('Forældrecaféen på Værebro – økonomi og næste skridt');
    expect(doc.text).toContain('Mørkhøj Bibliotek, mødesal Ærø');
    // The same document as "Dagsorden (Word)" makes.
    const generated = path.join(ds.dir, 'Dagsorden fra Rapporter.docx');
    ds.saveAnswers.push(generated);
    await ds.call('reports.generate', { kind: 'dagsorden', meetingId });
    expect(doc.text).toBe((await readDocx(fs.readFileSync(generated))).text);
    // The invitation in the e-mail is the one written beside it.
    expect(mail.attachments[1]!.content.toString('utf8')).toBe(fs.readFileSync(icsPath, 'utf8'));
  });

  it('attaches the generated Word document byte for byte', async () => {
    ds = createDocumentSession();
    const meetingId = await prepareMeeting();
    const wb = ds.session.requireWorkbook();
    const word = await renderInWorker(wb, { kind: 'dagsorden', meetingId }, { today: '2027-01-04', lastStatusReportTo: null });
    const folder = path.join(ds.dir, 'Udgående');
    const written = await writeMeetingSending(wb, meetingId, 'dagsorden', word, { folder, now: new Date('2027-01-04T09:00:00Z'), sender: 'Test Formand', withInvitationFile: false });
    const attached = (await readEmail(written.emailPath)).attachments.find((a) => a.filename === word.fileName)!;
    expect(Buffer.compare(attached.content, word.buffer)).toBe(0);
    expect(attached.size).toBe(word.buffer.length);
  });

  it('invites for the meeting’s Copenhagen time with place, organiser, attendees and the agenda, summer and winter alike', async () => {
    ds = createDocumentSession();
    const winter = await prepareMeeting('2027-01-13');
    const summer = (await ds.call('meetings.add', { date: '2027-06-09', startTime: '09:30', endTime: '11:15', place: 'Gladsaxe Rådhus' })).id;

    const sentWinter = await ds.call('reports.send', { meetingId: winter, document: 'dagsorden' });
    const text = fs.readFileSync(sentWinter.invitation!.path, 'utf8');
    expect(text).toMatch(/^METHOD:REQUEST\r$/m);
    expect(text).toMatch(/^DTSTART;TZID=Europe\/Copenhagen:20270113T140000\r$/m);
    expect(text).toMatch(/^DTEND;TZID=Europe\/Copenhagen:20270113T160000\r$/m);
    expect(text).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:Europe\/Copenhagen\r$/m);
    const calendar = ical.sync.parseICS(text);
    expect(Object.values(calendar).find((c) => c?.type === 'VCALENDAR')).toMatchObject({ method: 'REQUEST' });
    const event = readEvent(text);
    // 14:00 in Copenhagen in January is 13:00 UTC (CET).
    expect(new Date(event.start).toISOString()).toBe('2027-01-13T13:00:00.000Z');
    expect(new Date(event.end!).toISOString()).toBe('2027-01-13T15:00:00.000Z');
    expect(event.location).toBe('Mørkhøj Bibliotek, mødesal Ærø');
    expect(event.summary).toBe('Styregruppemøde onsdag den 13. januar 2027');
    expect(event.organizer).toMatchObject({ params: { CN: 'Lene Bach Andersen' }, val: 'mailto:lene.bach@gladsaxe.dk' });
    const attendees = (Array.isArray(event.attendee) ? event.attendee : [event.attendee]) as Array<{ val: string; params: { CN: string } }>;
    expect(attendees.map((a) => a.val.replace(/^mailto:/i, ''))).toEqual(EMAILS);
    expect(attendees.map((a) => a.params.CN)).toEqual(NAMES.slice(0, 3));
    const description = String(event.description);
    expect(description.split('\n')[0]).toBe('Dagsorden:');
    for (const title of ['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Forældrecaféen på Værebro – økonomi og næste skridt', 'Eventuelt']) {
      expect(description).toContain(title);
    }

    const sentSummer = await ds.call('reports.send', { meetingId: summer, document: 'dagsorden' });
    const summerEvent = readEvent(fs.readFileSync(sentSummer.invitation!.path, 'utf8'));
    // 09:30 in June is 07:30 UTC (CEST).
    expect(new Date(summerEvent.start).toISOString()).toBe('2027-06-09T07:30:00.000Z');
    expect(new Date(summerEvent.end!).toISOString()).toBe('2027-06-09T09:15:00.000Z');
    expect(summerEvent.uid).not.toBe(event.uid);
  });

  it('re-sends the same event: the same UID and a higher SEQUENCE, with the changed time', async () => {
    ds = createDocumentSession();
    const meetingId = await prepareMeeting();
    const first = readEvent(fs.readFileSync((await ds.call('reports.send', { meetingId, document: 'dagsorden' })).invitation!.path, 'utf8'));
    const again = readEvent(fs.readFileSync((await ds.call('reports.send', { meetingId, document: 'dagsorden' })).invitation!.path, 'utf8'));
    expect(again.uid).toBe(first.uid);
    expect(Number(again.sequence)).toBeGreaterThan(Number(first.sequence));
    await ds.call('meetings.update', { id: meetingId, patch: { startTime: '15:00', endTime: '17:00' }, seen: {} });
    const moved = readEvent(fs.readFileSync((await ds.call('reports.send', { meetingId, document: 'dagsorden' })).invitation!.path, 'utf8'));
    expect(moved.uid).toBe(first.uid);
    expect(Number(moved.sequence)).toBeGreaterThan(Number(again.sequence));
    expect(new Date(moved.start).toISOString()).toBe('2027-01-13T14:00:00.000Z');
  });

  it('takes the Formand as organiser, not a Næstformand listed first', async () => {
    ds = createDocumentSession();
    const [first, second] = (await ds.call('program.get', {})).members;
    await ds.call('members.update', { id: first!.id, patch: { name: 'Lene Bach Andersen', role: 'Næstformand', email: 'lene.bach@gladsaxe.dk' } });
    await ds.call('members.update', { id: second!.id, patch: { name: 'Sara Khalil', role: 'Formand for styregruppen', email: 'sara.khalil@gladsaxe.dk' } });
    const meeting = await ds.call('meetings.add', { date: '2027-01-13' });
    const sent = await ds.call('reports.send', { meetingId: meeting.id, document: 'dagsorden' });
    expect(readEvent(fs.readFileSync(sent.invitation!.path, 'utf8')).organizer).toMatchObject({ params: { CN: 'Sara Khalil' }, val: 'mailto:sara.khalil@gladsaxe.dk' });
  });

  it('sends the referat without an invitation, saying whether it is approved', async () => {
    ds = createDocumentSession();
    const meetingId = await prepareMeeting();
    await ds.call('meetings.setStatus', { id: meetingId, status: 'afholdt' });
    const held = await ds.call('reports.send', { meetingId, document: 'referat' });
    expect(held.invitation).toBeNull();
    expect(held.email.fileName).toBe('Referat 2027-01-13.eml');
    expect(ds.opened).toEqual([held.email.path]);
    const mail = await readEmail(held.email.path);
    expect(mail.subject).toBe('Referat: Styregruppemøde onsdag den 13. januar 2027');
    expect(addresses(mail.to)).toEqual(EMAILS);
    expect(mail.text).toContain('Referatet er ikke godkendt endnu. Har du bemærkninger, så svar på denne e-mail inden næste møde');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Referat 2027-01-13.docx']);
    expect((await readDocx(mail.attachments[0]!.content)).headings.map((h) => h.text)).toContain('Referat');

    await ds.call('meetings.setStatus', { id: meetingId, status: 'referat godkendt' });
    const approved = await readEmail((await ds.call('reports.send', { meetingId, document: 'referat' })).email.path);
    expect(approved.text).toContain('Referatet er godkendt.');
    expect(fs.readdirSync(path.join(ds.dir, 'Dokumenter'))).toEqual(['Referat 2027-01-13.eml']);
  });

  it('names the participants without an e-mail address in a Danish notice', async () => {
    ds = createDocumentSession();
    const meetingId = await prepareMeeting();
    const sent = await ds.call('reports.send', { meetingId, document: 'dagsorden' });
    expect(withoutEmailNotice(sent.withoutEmail)).toBe(
      '2 deltagere har ingen e-mailadresse og er ikke med som modtager: Søren Ærø, Støtte til opfølgning og udvikling; Åse Østergaard, Gæst fra boligsocialt team. ' +
        'Send dokumentet på anden vis, eller skriv e-mailadressen på medlemmet under Program → Styregruppens medlemmer.',
    );
    expect(withoutEmailNotice(['Åse Østergaard'])).toBe(
      'Åse Østergaard har ingen e-mailadresse og er ikke med som modtager. Send dokumentet på anden vis, eller skriv e-mailadressen på medlemmet under Program → Styregruppens medlemmer.',
    );
    expect(withoutEmailNotice([])).toBeNull();
  });

  it('still writes the e-mail when nobody has an address, without organiser or attendees', async () => {
    ds = createDocumentSession();
    const meeting = await ds.call('meetings.add', { date: '2027-02-24' });
    const sent = await ds.call('reports.send', { meetingId: meeting.id, document: 'dagsorden' });
    expect(sent.recipients).toEqual([]);
    expect(sent.withoutEmail).toHaveLength(4);
    const mail = await readEmail(sent.email.path);
    expect(mail.to).toBeUndefined();
    const event = readEvent(fs.readFileSync(sent.invitation!.path, 'utf8'));
    expect(event.organizer).toBeUndefined();
    expect(event.attendee).toBeUndefined();
  });

  it('lets the Direktør send, who changes nothing', async () => {
    ds = createDocumentSession();
    const meetingId = await prepareMeeting();
    ds.session.settings.setUser({ name: 'Dorte Direktør', role: 'Direktør' });
    const sent = await ds.call('reports.send', { meetingId, document: 'referat' });
    expect((await readEmail(sent.email.path)).text).toContain('Dorte Direktør\nStyregruppen');
  });

  it('refuses bad input in Danish and writes nothing', async () => {
    ds = createDocumentSession();
    const refusal = (input: unknown) => ds.refusal('reports.send', input);
    expect(await refusal({ document: 'dagsorden' })).toMatch(/Møde/);
    expect(await refusal({ meetingId: 1, document: 'statusnotat' })).toBe('Det, der sendes, skal være dagsorden eller referat');
    expect(await refusal({ meetingId: 'første', document: 'dagsorden' })).toMatch(/Møde skal være et tal/);
    expect(await refusal({ meetingId: 999, document: 'dagsorden' })).toBe('Mødet findes ikke (måske er det slettet)');
    expect(await refusal({ meetingId: 1, document: 'referat', to: 'x@y.dk' })).toMatch(/to/);
    expect(ds.opened).toEqual([]);
    expect(fs.existsSync(path.join(ds.dir, 'Dokumenter'))).toBe(false);
  });

  it('keeps hostile text in the invitation as text: quotes, semicolons and line breaks make no new fields', () => {
    const text = composeInvitation({
      uid: 'moede-1@arbejdsbogen', sequence: 7, stamp: new Date('2027-01-01T09:00:00Z'), date: '2027-01-13', startTime: '14:00', endTime: '16:00',
      summary: 'Møde; nu, med komma\nBEGIN:VEVENT',
      location: 'Lokale "Ærø";\r\nATTENDEE:mailto:ond@example.org',
      description: 'Dagsorden:\nEND:VEVENT\nBEGIN:VEVENT',
      organizer: { name: 'Bach, Lene "Chefen";MAILTO:ond@example.org', email: 'lene@gladsaxe.dk' },
      attendees: [{ name: 'Sara Khalil', email: 'sara@gladsaxe.dk' }],
    });
    const event = readEvent(text);
    expect(event.summary).toBe('Møde; nu, med komma\nBEGIN:VEVENT');
    expect(event.location).toBe('Lokale "Ærø";\nATTENDEE:mailto:ond@example.org');
    expect(event.description).toBe('Dagsorden:\nEND:VEVENT\nBEGIN:VEVENT');
    expect(event.organizer).toMatchObject({ params: { CN: "Bach, Lene 'Chefen' MAILTO ond@example.org" }, val: 'mailto:lene@gladsaxe.dk' });
    expect(event.attendee).toMatchObject({ val: 'MAILTO:sara@gladsaxe.dk' });
    expect(Number(event.sequence)).toBe(7);
  });

  it('keeps hostile names in the e-mail’s addressees as names: no one else is addressed', async () => {
    const eml = await composeEmailDraft({
      to: [{ name: 'Bach, Lene "Chefen" <ond@example.org>', email: 'lene@gladsaxe.dk' }, { name: 'Sara\r\nBcc: ond@example.org', email: 'sara@gladsaxe.dk' }],
      subject: 'Dagsorden: Styregruppemøde',
      text: 'Kære alle',
      attachments: [],
      date: new Date('2027-01-01T09:00:00Z'),
    });
    const mail = await simpleParser(eml);
    expect(addresses(mail.to)).toEqual(['lene@gladsaxe.dk', 'sara@gladsaxe.dk']);
    expect(mail.bcc).toBeUndefined();
    expect(mail.cc).toBeUndefined();
  });
});
