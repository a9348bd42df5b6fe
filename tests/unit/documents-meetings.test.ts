import { describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { agendaDocument } from '../../electron/documents/meetings/agenda-document';
import { minutesDocument } from '../../electron/documents/meetings/minutes-document';
import { fieldInstructions, readDocx } from '../support/docx-reader';
import { sampleMeeting } from '../support/sample-meeting';

describe('Dagsorden', () => {
  it('lists the meeting, participants and absentees, and the accepted items with their times', async () => {
    const doc = await readDocx(await packDocument(agendaDocument(sampleMeeting())));
    expect(doc.headings.map((h) => h.text)).toEqual([
      'Dagsorden',
      'Punkter',
      '1. Godkendelse af dagsorden',
      '2. Opfølgning på referat og handlinger',
      '3. Status på lektiecaféen i Mørkhøj',
      '4. Videreførelse af den sociale innovator i driften',
      '5. Forældresamarbejde: erfaringer fra dagtilbud og skoler',
      '6. Eventuelt',
    ]);
    // A proposal still waiting for the chair and a declined one are not sent out.
    expect(doc.text).not.toContain('Babybibliotek');
    expect(doc.text).not.toContain('skaterbane');

    const facts = doc.tables[1]!;
    expect(facts[0]).toEqual(['Dato', 'onsdag den 2. december 2026']);
    expect(facts[1]).toEqual(['Tid', 'kl. 14.00–16.00']);
    expect(facts[2]).toEqual(['Sted', 'Mørkhøj Bibliotek, mødelokale 2']);
    expect(facts[3]![0]).toBe('Deltagere');
    expect(facts[3]![1]!.split('\n')).toEqual([
      'Mette Holm, formand, skoleleder Mørkhøj Skole',
      'Jonas Berg, social innovator',
      'Lise Andersen, dagtilbudsleder',
      'Karim Haddad, filialleder, Mørkhøj Bibliotek',
    ]);
    // The row is headed Afbud, so the note's own "afbud" is not repeated.
    expect(facts[4]).toEqual(['Afbud', 'Birgitte Nørgaard, SOB-enheden – ferie']);

    const overview = doc.tables.find((t) => t[0]?.[0] === 'Nr.')!;
    expect(overview.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1', 'Beslutning', 'kl. 14.00–14.05'],
      ['2', 'Orientering', 'kl. 14.05–14.15'],
      ['3', 'Orientering', 'kl. 14.15–14.35'],
      ['4', 'Beslutning', 'kl. 14.35–15.05'],
      ['5', 'Drøftelse', 'kl. 15.05–15.30'],
      ['6', 'Orientering', 'kl. 15.30–15.35'],
    ]);
  });

  it('gives each item its time slot, type, presenter, Indstilling, Sagsfremstilling and Bilag', async () => {
    const doc = await readDocx(await packDocument(agendaDocument(sampleMeeting())));
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('kl. 14.35–15.05  ·  Beslutning  ·  Ved: Mette Holm  ·  Indsats 1: Fællesskabende aktiviteter i Mørkhøj');
    const item4 = texts.slice(texts.indexOf('4. Videreførelse af den sociale innovator i driften'), texts.indexOf('5. Forældresamarbejde: erfaringer fra dagtilbud og skoler'));
    expect(item4).toEqual([
      '4. Videreførelse af den sociale innovator i driften',
      'kl. 14.35–15.05  ·  Beslutning  ·  Ved: Mette Holm  ·  Indsats 1: Fællesskabende aktiviteter i Mørkhøj',
      'Indstilling',
      'Det indstilles,',
      'at\tstyregruppen anbefaler BKF-chefgruppen, at funktionen som social innovator videreføres i 2027',
      'at\tfinansieringen på 575.000 kr. søges i budgetforhandlingerne',
      'at\tformanden udarbejder et notat til direktøren inden 15. januar 2027',
      'Sagsfremstilling',
      'Programperioden sluttede med 2022 K4, og funktionen er siden videreført midlertidigt. Evalueringen viser, at de fællesskabende aktiviteter i høj grad er båret af den sociale innovators relationsarbejde.',
      'Uden en fast forankring vil flere aktiviteter – herunder fællesspisningen og forældrenetværket – formentlig ophøre. Styregruppen skal derfor tage stilling til, om den vil anbefale en varig videreførelse.',
      'Bilag',
      'Bilag 4.1: Slutevaluering – Styrket indsats for social balance i Mørkhøj',
      // An attachment without a name is named by its file, never by the sender's folder.
      'Bilag 4.2: Budgetoverslag 2027.xlsx',
    ]);
    expect(doc.text).not.toContain('/home/mh');
    expect(doc.text).not.toContain('C:\\Users');
    // The follow-up item lists the open actions of earlier meetings, then those done since the previous one.
    const followUp = texts.slice(texts.indexOf('2. Opfølgning på referat og handlinger'), texts.indexOf('3. Status på lektiecaféen i Mørkhøj'));
    expect(followUp).toContain('1 åben handling og 1 gennemført siden mødet 21. oktober 2026.');
    const carried = doc.tables.find((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')!;
    expect(carried.slice(1)).toEqual([
      ['Aftale med boligforeningen om lokale til fællesspisning', 'Karim Haddad', '21.10.2026', '30.11.2026', 'I gang'],
      ['Invitation til forældremøde om lektiecaféen', 'Jonas Berg', '21.10.2026', '01.11.2026', 'Færdig 30.10.2026'],
    ]);
    expect(doc.text).not.toContain('Referat');
  });

  it('has the letterhead, a running header naming the meeting and the page fields', async () => {
    const doc = await readDocx(await packDocument(agendaDocument(sampleMeeting())));
    const letterhead = doc.tables[0]!.flat().join('\n');
    for (const text of ['Gladsaxe Kommune', 'Børne- og Kulturforvaltningen', 'Styregruppen for social balance i Mørkhøj', 'Dagsorden', 'Dato: 25. november 2026', 'J. nr. 85.00.00P20', 'Sag: 2015/00638 010']) {
      expect(letterhead).toContain(text);
    }
    expect(doc.headerXml.join('')).toContain('Dagsorden til mødet 2. december 2026');
    for (const footer of doc.footerXml) expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
  });
});

describe('Referat', () => {
  it('adds Referat and Beslutning under each item and the table of actions', async () => {
    const doc = await readDocx(await packDocument(minutesDocument({ ...sampleMeeting(), date: '2026-12-04' })));
    expect(doc.headings.map((h) => h.text)).toContain('Handlinger');
    expect(doc.headings[0]).toEqual({ level: 0, text: 'Referat' });
    const texts = doc.paragraphs.map((p) => p.text);
    expect(doc.paragraphs.filter((p) => p.style === 'Feltnavn' && p.text === 'Referat')).toHaveLength(6);
    expect(texts).toContain('Ingen bemærkninger.');
    const decisions = doc.paragraphs.filter((p) => p.style === 'Beslutning').map((p) => p.text);
    expect(decisions).toEqual([
      'Dagsordenen blev godkendt.',
      'Styregruppen godkendte indstillingen. Formanden sender notatet til direktøren senest 15. januar 2027.',
    ]);
    // A line break typed in the minutes stays a line break.
    expect(texts).toContain(
      'Jonas Berg fremlagde erfaringerne. Styregruppen glædede sig over fremmødet og drøftede, hvordan ventelisten om tirsdagen kan afhjælpes.\nSkolelederen fra Mørkhøj Skole tilbød at formidle kontakt til flere frivillige.',
    );
    const facts = doc.tables[1]!;
    expect(facts[3]![0]).toBe('Til stede');
    const actions = doc.tables.find((t) => t[0]?.join('|') === 'Punkt|Hvad|Hvem|Hvornår')!;
    expect(actions.slice(1)).toEqual([
      ['3', 'Kontakt til frivillige via Mørkhøj Skole', 'Jonas Berg', '18. december 2026'],
      ['4', 'Notat til direktøren om videreførelse af den sociale innovator', 'Mette Holm', '15. januar 2027'],
      ['–', 'Mødekalender for 2027 sendes ud', 'Sekretariatet', 'Ingen frist'],
    ]);
    expect(doc.tables[0]!.flat().join('\n')).toContain('Dato: 4. december 2026');
  });

  it('marks minutes not yet approved as a draft and says when no actions were agreed', async () => {
    const data = sampleMeeting();
    const doc = await readDocx(await packDocument(minutesDocument({ ...data, meeting: { ...data.meeting, status: 'afholdt' }, actions: [] })));
    expect(doc.paragraphs.find((p) => p.style === 'Subtitle')?.text).toBe('Møde i styregruppen for social balance i Mørkhøj – udkast, ikke godkendt');
    expect(doc.text).toContain('Der blev ikke aftalt nye handlinger på mødet.');
  });

  it('points out a decision item without a decision in a draft, and leaves it out of approved minutes', async () => {
    const data = sampleMeeting();
    const items = data.items.map((i) => (i.title.startsWith('Videreførelse') ? { ...i, decision: '' } : i));
    const draft = await readDocx(await packDocument(minutesDocument({ ...data, items, meeting: { ...data.meeting, status: 'afholdt' } })));
    expect(draft.text).toContain('Der er ikke registreret en beslutning.');
    const approved = await readDocx(await packDocument(minutesDocument({ ...data, items })));
    expect(approved.text).not.toContain('Der er ikke registreret en beslutning.');
    expect(approved.paragraphs.filter((p) => p.style === 'Beslutning').map((p) => p.text)).toEqual(['Dagsordenen blev godkendt.']);
  });

  it('reads sensibly for a meeting without items or participants', async () => {
    const data = sampleMeeting();
    const empty = { ...data, items: [], participants: [], actions: [], carriedOver: [] };
    const agenda = await readDocx(await packDocument(agendaDocument(empty)));
    expect(agenda.text).toContain('Der er endnu ingen punkter på dagsordenen.');
    expect(agenda.tables[1]![3]).toEqual(['Deltagere', 'Ingen deltagere angivet']);
    expect(agenda.tables[1]![4]).toEqual(['Afbud', 'Ingen']);
    const minutes = await readDocx(await packDocument(minutesDocument(empty)));
    expect(minutes.text).toContain('Mødet havde ingen punkter på dagsordenen.');
  });
});
