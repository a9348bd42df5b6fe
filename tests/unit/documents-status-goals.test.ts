// The statusnotat asks for something and says what the period's work shows per goal (issue 16):
// the Indstilling on top, the author and the contact, and each goal's linked evidence of the
// period, with its dates, as of the period's end – read back from the Word file.
import { afterEach, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { loadStatusReportData, type StatusReportRequest } from '../../electron/documents/loaders/status-report';
import { statusReportDocument } from '../../electron/documents/status/status-report';
import { readDocx, type ReadDocx } from '../support/docx-reader';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function notat(from: string, to: string, extra: Partial<StatusReportRequest> = {}): Promise<ReadDocx> {
  const data = loadStatusReportData(wb.session.requireWorkbook(), { date: '2026-11-23', period: { from, to }, ...extra });
  return readDocx(await packDocument(statusReportDocument(data)));
}

function texts(doc: ReadDocx): string[] {
  return doc.paragraphs.map((p) => p.text);
}

/** The paragraphs from a heading up to the next heading of its level or above. */
function section(doc: ReadDocx, title: string): string[] {
  const all = texts(doc);
  const start = all.indexOf(title);
  if (start < 0) throw new Error(`no heading »${title}«`);
  const level = doc.headings.find((h) => h.text === title)!.level;
  const next = doc.headings.map((h) => ({ ...h, at: all.indexOf(h.text) })).find((h) => h.at > start && h.level <= level);
  return all.slice(start + 1, next ? next.at : undefined);
}

/** Goal 1 linked to initiative 1; goal 2 to one activity of initiative 2; activities and follow-ups in and out of 2020 K2. */
async function linkedWorkbook(): Promise<{ goals: string[] }> {
  wb = createTestWorkbook();
  const goals = (await wb.call('program.get', {})).lists.goal;
  const [dinner, homework] = (await wb.call('activities.forInitiative', { initiativeId: 1 })).activities;
  await wb.call('activities.update', { id: dinner!.id, patch: { status: 'i gang', startDate: '2020-05-12', participants: 24 } });
  await wb.call('activities.update', { id: homework!.id, patch: { status: 'forankret', startDate: '2019-09-02', participants: 11 } });
  // Started after the period: not evidence for 2020 K2.
  const later = await wb.call('activities.add', { initiativeId: 1, name: 'Forældrecafé', status: 'i gang' });
  await wb.call('activities.update', { id: later.id, patch: { startDate: '2020-08-01' } });
  const football = await wb.call('activities.add', { initiativeId: 2, name: 'Fodbold om fredagen', status: 'i gang' });
  await wb.call('activities.update', { id: football.id, patch: { startDate: '2020-04-03' } });
  await wb.call('followUps.add', { initiativeId: 1, date: '2020-06-14', form: 'fokusgruppe', withWhom: 'Forældre fra lektiecaféen', learnt: 'Tidspunktet passer ikke familier med små børn' });
  await wb.call('followUps.add', { initiativeId: 1, date: '2020-07-02', form: 'samtale', withWhom: 'Biblioteket', learnt: 'Efter perioden' });
  // Initiative 2's follow-up: goal 2 is linked to an activity only, so this is not its evidence.
  await wb.call('followUps.add', { initiativeId: 2, date: '2020-05-20', form: 'dialogmøde', learnt: 'Hallen er optaget om fredagen' });
  await wb.call('goals.setLinks', { goalId: goals[0]!.id, initiativeIds: [1], activityIds: [] });
  await wb.call('goals.setLinks', { goalId: goals[1]!.id, initiativeIds: [], activityIds: [football.id] });
  return { goals: goals.map((g) => g.text) };
}

describe('the statusnotat’s goals', () => {
  it('lists each goal’s linked evidence of the period with dates, and says plainly when there is none', async () => {
    const { goals } = await linkedWorkbook();
    const doc = await notat('2020-04-01', '2020-06-30');
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text).at(-1)).toBe('8. Programmets mål');
    expect(section(doc, `Mål 1: ${goals[0]}`)).toEqual([
      'Knyttet til indsats 1.',
      'Aktiviteter startet i perioden',
      '12. maj 2020: Fællesspisning for familier (indsats 1), i gang, 24 deltagere',
      'Aktiviteter i gang i perioden',
      'Siden 2. september 2019: Lektiecafé for børn og unge (indsats 1), forankret, 11 deltagere',
      'Opfølgninger i perioden',
      '14. juni 2020, fokusgruppe med Forældre fra lektiecaféen (indsats 1): Tidspunktet passer ikke familier med små børn',
    ]);
    expect(section(doc, `Mål 2: ${goals[1]}`)).toEqual([
      'Knyttet til aktiviteten »Fodbold om fredagen« (indsats 2).',
      'Aktiviteter startet i perioden',
      '3. april 2020: Fodbold om fredagen (indsats 2), i gang, deltagere ikke opgjort',
    ]);
    expect(section(doc, `Mål 3: ${goals[2]}`)).toEqual([
      'Ingen aktiviteter eller opfølgninger i perioden er knyttet til dette mål. Målet er ikke knyttet til nogen indsats eller aktivitet i arbejdsbogen.',
    ]);
    const goalsText = section(doc, '8. Programmets mål').join('\n');
    expect(goalsText).not.toContain('Forældrecafé');
    expect(goalsText).not.toContain('Efter perioden');
    expect(goalsText).not.toContain('Hallen er optaget');
    // Looking back: the activities' status is today's, and the notat says so.
    expect(goalsText).toContain('Aktiviteternes status og deltagertal er, som de står i arbejdsbogen, da notatet skrives.');
  });

  it('a linked goal with nothing in the period says so, and nothing later leaks in', async () => {
    const { goals } = await linkedWorkbook();
    const doc = await notat('2019-01-01', '2019-03-31');
    expect(section(doc, `Mål 1: ${goals[0]}`)).toEqual(['Knyttet til indsats 1.', 'Ingen aktiviteter eller opfølgninger i perioden er knyttet til dette mål.']);
    expect(section(doc, `Mål 2: ${goals[1]}`)).toEqual([
      'Knyttet til aktiviteten »Fodbold om fredagen« (indsats 2).', 'Ingen aktiviteter eller opfølgninger i perioden er knyttet til dette mål.',
    ]);
  });
});

describe('the statusnotat’s Indstilling, author and contact', () => {
  it('prints the Indstilling first, under its own heading, and leaves it out when empty', async () => {
    wb = createTestWorkbook();
    const asked = await notat('2020-04-01', '2020-06-30', { recommendation: 'Det indstilles, at direktøren godkender videreførelsen af lektiecaféen.' });
    const level1 = asked.headings.filter((h) => h.level <= 1).map((h) => h.text);
    expect(level1.slice(0, 3)).toEqual(['Statusnotat', 'Indstilling', '1. Sammenfatning']);
    expect(section(asked, 'Indstilling')).toEqual(['Det indstilles, at direktøren godkender videreførelsen af lektiecaféen.']);
    for (const empty of ['', '  \n ']) {
      const none = await notat('2020-04-01', '2020-06-30', { recommendation: empty });
      expect(none.headings.map((h) => h.text)).not.toContain('Indstilling');
    }
    expect((await notat('2020-04-01', '2020-06-30')).headings.map((h) => h.text)).not.toContain('Indstilling');
  });

  it('names its author and the programme leader as contact, with the e-mail of the member who leads', async () => {
    wb = createTestWorkbook();
    const facts = async (extra: Partial<StatusReportRequest>) => Object.fromEntries((await notat('2020-04-01', '2020-06-30', extra)).tables[1]!.map((r) => [r[0], r[1]]));
    const before = await facts({ author: { name: 'Hanne Holm', role: 'Social innovator' } });
    expect(before['Udarbejdet af']).toBe('Hanne Holm, social innovator');
    // The seeded members name roles only: the leader's member has no name or e-mail yet.
    expect(before['Kontakt']).toBe('Formanden for Styregruppen for Mørkhøj i social balance');
    const chair = (await wb.call('program.get', {})).members.find((m) => /programleder/.test(m.role))!;
    await wb.call('members.update', { id: chair.id, patch: { name: 'Jens Juhl', email: 'jens.juhl@gladsaxe.dk' } });
    const after = await facts({});
    expect(after['Kontakt']).toBe('Formanden for Styregruppen for Mørkhøj i social balance (Jens Juhl), jens.juhl@gladsaxe.dk');
    expect(after['Udarbejdet af']).toBeUndefined();
    await wb.call('program.update', { patch: { leader: 'Programleder Jens Juhl' } });
    expect((await facts({}))['Kontakt']).toBe('Programleder Jens Juhl, jens.juhl@gladsaxe.dk');
  });
});
