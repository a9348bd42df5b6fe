import { afterEach, describe, expect, it } from 'vitest';
import { formatDateShort, todayIso } from '../../shared/dates';
import { packDocument } from '../../electron/documents/layout';
import { agendaDocument } from '../../electron/documents/meetings/agenda-document';
import { minutesDocument } from '../../electron/documents/meetings/minutes-document';
import { renderInWorker as renderDocument } from '../../electron/features/reports/render-in-worker';
import { readDocx } from '../support/docx-reader';
import { sampleMeeting } from '../support/sample-meeting';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

/** The sample meeting with its agenda sent, item 3 changed and item 5 added after sending, one item withdrawn. */
function revisedSample() {
  const data = sampleMeeting();
  const items = data.items.map((i) => {
    if (i.title.startsWith('Status på lektiecaféen')) return { ...i, revision: 'ændret' as const, revisedOn: '2026-11-27' };
    if (i.title.startsWith('Forældresamarbejde')) return { ...i, revision: 'ny' as const, revisedOn: '2026-11-26' };
    return i;
  });
  return {
    ...data,
    items,
    meeting: { ...data.meeting, status: 'dagsorden udsendt' as const, factsRevisedOn: '2026-11-28' },
    withdrawnItems: [{ id: 1, meetingId: data.meeting.id, itemId: null, title: 'Budgetopfølgning 3. kvartal', withdrawnOn: '2026-11-26' }],
  };
}

describe('A dagsorden changed after it was sent', () => {
  it('says "Revideret dagsorden" with the day of the latest change, and names what changed', async () => {
    const doc = await readDocx(await packDocument(agendaDocument(revisedSample())));
    expect(doc.headings[0]).toEqual({ level: 0, text: 'Revideret dagsorden' });
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain(
      'Revideret 28.11.2026. Dagsordenen er ændret, efter den blev udsendt. Nye og ændrede punkter er markeret. Mødets tidspunkt eller sted er ændret 28.11.2026.',
    );
    expect(texts).toContain('Udgået: Budgetopfølgning 3. kvartal (26.11.2026)');
    expect(doc.headerXml.join('')).toContain('Revideret dagsorden til mødet 2. december 2026');
    expect(doc.tables[0]!.flat().join('\n')).toContain('Revideret dagsorden');
  });

  it('marks the changed and the new items beside their titles, in the overview and in the headings', async () => {
    const doc = await readDocx(await packDocument(agendaDocument(revisedSample())));
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'Punkter',
      '1. Godkendelse af dagsorden',
      '2. Opfølgning på referat og handlinger',
      '3. Status på lektiecaféen i Mørkhøj (ændret 27.11.2026)',
      '4. Videreførelse af den sociale innovator i driften',
      '5. Forældresamarbejde: erfaringer fra dagtilbud og skoler (nyt punkt)',
      '6. Eventuelt',
    ]);
    const overview = doc.tables.find((t) => t[0]?.[0] === 'Nr.')!;
    expect(overview.slice(1).map((r) => r[1])).toEqual([
      'Godkendelse af dagsorden',
      'Opfølgning på referat og handlinger',
      'Status på lektiecaféen i Mørkhøj (ændret 27.11.2026)',
      'Videreførelse af den sociale innovator i driften',
      'Forældresamarbejde: erfaringer fra dagtilbud og skoler (nyt punkt)',
      'Eventuelt',
    ]);
    // The mark is set apart from the title: plain, not bold.
    expect(doc.documentXml).toMatch(/<w:b w:val="false"\/>[\s\S]{0,200}<w:i\/>[\s\S]{0,200}\(ændret 27\.11\.2026\)/);
  });

  it('is a plain dagsorden while nothing changed after sending, and the referat carries no marks', async () => {
    const plain = await readDocx(await packDocument(agendaDocument(sampleMeeting())));
    expect(plain.headings[0]).toEqual({ level: 0, text: 'Dagsorden' });
    expect(plain.text).not.toContain('Revideret');
    const minutes = await readDocx(await packDocument(minutesDocument(revisedSample())));
    expect(minutes.text).not.toContain('(ændret');
    expect(minutes.text).not.toContain('(nyt punkt)');
  });
});

describe('A revised dagsorden from the workbook', () => {
  let wb: TestWorkbook;
  afterEach(() => wb?.close());

  it('follows the edits made after "Dagsorden udsendt" and is saved under its own name', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2026-12-02' });
    const item = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på lektiecaféen' });
    const dropped = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Sommerfest' });
    const today = todayIso();
    const render = () => renderDocument(wb.session.current!, { kind: 'dagsorden', meetingId: meeting.id }, { today, lastStatusReportTo: null });

    await wb.call('meetings.setStatus', { id: meeting.id, status: 'dagsorden udsendt' });
    expect((await render()).fileName).toBe('Dagsorden 2026-12-02.docx');

    await wb.call('meetings.items.update', { id: item.id, patch: { minutes: 35 } });
    await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Midtvejsevaluering' });
    await wb.call('meetings.items.remove', { id: dropped.id });
    const rendered = await render();
    expect(rendered.fileName).toBe('Revideret dagsorden 2026-12-02.docx');
    const doc = await readDocx(rendered.buffer);
    expect(doc.headings[0]!.text).toBe('Revideret dagsorden');
    expect(doc.headings.map((h) => h.text)).toContain(`3. Status på lektiecaféen (ændret ${formatDateShort(today)})`);
    expect(doc.headings.map((h) => h.text)).toContain('4. Midtvejsevaluering (nyt punkt)');
    expect(doc.paragraphs.map((p) => p.text)).toContain(`Udgået: Sommerfest (${formatDateShort(today)})`);

    // Undone, the agenda reads as sent again.
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect((await readDocx((await render()).buffer)).headings[0]!.text).toBe('Dagsorden');
  });
});
