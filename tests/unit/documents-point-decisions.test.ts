// The referat's decision for every "at": made through the real Rapporter channel (the document
// worker reading the workbook file) from decisions recorded through the real handlers, and read
// back from the .docx: each point with its outcome, the decision's text and any dissent.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentSession, type DocumentSession } from '../support/document-session';
import { readDocx } from '../support/docx-reader';

let ds: DocumentSession | undefined;
afterEach(() => ds?.close());

const POINTS = ['at lektiecaféens åbningstid flyttes til torsdag', 'at budgettet forhøjes med 20.000 kr.', 'at der evalueres efter et halvt år'];

/** The referat's lines for the two points decided by recordDecisions, the second with a dissent. */
const RECORDED = [
  'at lektiecaféens åbningstid flyttes til torsdag',
  'Godkendt',
  'at budgettet forhøjes med 20.000 kr.',
  'Godkendt med ændringer: Budgettet forhøjes med 15.000 kr.',
  'Afvigende mening fra Sara Khalil: Beløbet bør tages fra puljen til aktiviteter.',
];

async function recordDecisions(session: DocumentSession) {
  const meeting = await session.call('meetings.add', { date: '2026-12-02' });
  const item = await session.call('meetings.items.add', { meetingId: meeting.id, title: 'Lektiecaféen i 2027', type: 'Beslutning' });
  await session.call('meetings.items.update', { id: item.id, patch: { recommendation: POINTS } });
  const info = await session.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne', type: 'Orientering' });
  await session.call('meetings.items.update', { id: info.id, patch: { recommendation: ['at styregruppen tager status til efterretning'] } });
  await session.call('meetings.setStatus', { id: meeting.id, status: 'afholdt' });
  await session.call('meetings.items.update', { id: item.id, patch: { minutesText: 'Styregruppen drøftede forslaget.' } });
  await session.call('meetings.points.decide', { itemId: item.id, pointIndex: 0, patch: { outcome: 'Godkendt' } });
  await session.call('meetings.points.decide', { itemId: item.id, pointIndex: 1, patch: { outcome: 'Godkendt med ændringer', text: 'Budgettet forhøjes med 15.000 kr.' } });
  await session.call('meetings.dissents.add', { itemId: item.id, pointIndex: 1, name: 'Sara Khalil', text: 'Beløbet bør tages fra puljen til aktiviteter.' });
  return { meetingId: meeting.id, itemId: item.id };
}

async function referat(session: DocumentSession, meetingId: number, name: string) {
  const target = path.join(session.dir, name);
  session.saveAnswers.push(target);
  await session.call('reports.generate', { kind: 'referat', meetingId });
  return { target, doc: await readDocx(fs.readFileSync(target)) };
}

/** The Beslutning-style paragraphs between an item's heading and the next heading. */
function decisionsUnder(doc: Awaited<ReturnType<typeof readDocx>>, heading: string): string[] {
  const start = doc.paragraphs.findIndex((p) => p.text === heading);
  const end = doc.paragraphs.findIndex((p, i) => i > start && /^Heading/.test(p.style ?? ''));
  return doc.paragraphs.slice(start, end === -1 ? undefined : end).filter((p) => p.style === 'Beslutning').map((p) => p.text);
}

describe('the referat with a decision for every "at"', () => {
  it('shows each point with its outcome, text and dissent; undecided points in a draft; an Orientering taken note of', async () => {
    ds = createDocumentSession();
    const { meetingId } = await recordDecisions(ds);
    const { doc } = await referat(ds, meetingId, 'Referat.docx');
    const headings = doc.headings.map((h) => h.text);
    const itemHeading = headings.find((h) => h.endsWith('Lektiecaféen i 2027'))!;
    expect(decisionsUnder(doc, itemHeading)).toEqual([
      ...RECORDED,
      'at der evalueres efter et halvt år',
      'Ikke besluttet',
    ]);
    const infoHeading = headings.find((h) => h.endsWith('Status på indsatserne'))!;
    expect(decisionsUnder(doc, infoHeading)).toEqual(['at styregruppen tager status til efterretning', 'Taget til efterretning']);
    // The Indstilling itself is still there as the agenda had it, before the minutes.
    expect(doc.text).toContain('Det indstilles,');
  });

  it('in approved minutes shows only what was recorded, beside the item’s own decision text', async () => {
    ds = createDocumentSession();
    const { meetingId, itemId } = await recordDecisions(ds);
    await ds.call('meetings.items.update', { id: itemId, patch: { decision: 'Punkt 3 tages op på næste møde.' } });
    await ds.call('meetings.setStatus', { id: meetingId, status: 'referat godkendt' });
    const { doc } = await referat(ds, meetingId, 'Referat godkendt.docx');
    const itemHeading = doc.headings.map((h) => h.text).find((h) => h.endsWith('Lektiecaféen i 2027'))!;
    expect(decisionsUnder(doc, itemHeading)).toEqual([
      ...RECORDED,
      'Punkt 3 tages op på næste møde.',
    ]);
    expect(doc.text).not.toContain('Ikke besluttet');
  });

  it('lists each decided point in the statusnotat’s decisions of the period, with outcome and dissent, not what was only taken note of', async () => {
    ds = createDocumentSession();
    await recordDecisions(ds);
    const target = path.join(ds.dir, 'Statusnotat.docx');
    ds.saveAnswers.push(target);
    await ds.call('reports.generate', { kind: 'statusnotat', from: '2026-10-01', to: '2026-12-31' });
    const doc = await readDocx(fs.readFileSync(target));
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!;
    expect(table.slice(1)).toEqual([
      ['2. december 2026', 'Lektiecaféen i 2027', 'at lektiecaféens åbningstid flyttes til torsdag\nGodkendt'],
      [
        '2. december 2026', 'Lektiecaféen i 2027',
        'at budgettet forhøjes med 20.000 kr.\nGodkendt med ændringer: Budgettet forhøjes med 15.000 kr.\nAfvigende mening fra Sara Khalil: Beløbet bør tages fra puljen til aktiviteter.',
      ],
    ]);
    expect(doc.text).toContain('2 beslutninger i perioden');
  });
});
