import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/dates';
import { quarterDateRange, quarterOfDate } from '../../shared/quarters';
import { createDocumentSession, type DocumentSession } from '../support/document-session';
import { readDocx } from '../support/docx-reader';

let ds: DocumentSession;
afterEach(() => ds?.close());

describe('reports.generate', () => {
  it('suggests a name beside the workbook, saves the .docx where the user chooses and opens it', async () => {
    ds = createDocumentSession();
    const target = path.join(ds.dir, 'Ud', 'Programmet.docx');
    fs.mkdirSync(path.dirname(target));
    ds.saveAnswers.push(target);
    const result = await ds.call('reports.generate', { kind: 'programdokument' });
    expect(ds.saveRequests).toEqual([
      {
        suggested: path.join(path.dirname(ds.workbookPath), `Programdokument ${todayIso()}.docx`),
        title: 'Gem programdokument',
        filter: { name: 'Word-dokument', extensions: ['docx'] },
      },
    ]);
    expect(result).toEqual({ path: target, fileName: 'Programmet.docx', opened: true, openError: null });
    expect(ds.opened).toEqual([target]);
    const doc = await readDocx(fs.readFileSync(target));
    expect(doc.headings[0]?.text).toBe('Styrket indsats for social balance i Mørkhøj');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['Programmet.docx']);
  });

  it('adds .docx when the name lacks it, overwrites an earlier version, and reports a file the system could not open', async () => {
    ds = createDocumentSession();
    const target = path.join(ds.dir, 'Statusnotat til direktøren');
    fs.writeFileSync(`${target}.docx`, 'gammel version');
    ds.saveAnswers.push(target);
    ds.openAnswer = 'Der er intet program til at åbne .docx-filer';
    const result = await ds.call('reports.generate', { kind: 'statusnotat', from: '2026-07-01', to: '2026-09-30', summary: 'Et roligt kvartal.' });
    expect(result).toEqual({ path: `${target}.docx`, fileName: 'Statusnotat til direktøren.docx', opened: false, openError: 'Der er intet program til at åbne .docx-filer' });
    expect(ds.saveRequests[0]!.suggested).toBe(path.join(path.dirname(ds.workbookPath), 'Statusnotat 2026-09-30.docx'));
    const doc = await readDocx(fs.readFileSync(`${target}.docx`));
    expect(doc.tables[1]![0]).toEqual(['Periode', '1. juli 2026 – 30. september 2026']);
    expect(doc.text).toContain('Et roligt kvartal.');
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    ds = createDocumentSession();
    ds.saveAnswers.push(null);
    expect(await ds.call('reports.generate', { kind: 'programdokument' })).toBeNull();
    expect(ds.opened).toEqual([]);
    // Only the workbook, its lock and its daily backups are there: no document.
    expect(fs.readdirSync(path.dirname(ds.workbookPath)).filter((f) => !f.includes('.arbejdsbog') && f !== 'Sikkerhedskopier')).toEqual([]);
  });

  it('remembers the statusnotat’s period so the next one starts the day after', async () => {
    ds = createDocumentSession();
    const today = todayIso();
    const before = await ds.call('reports.options', {});
    expect(before.defaultPeriod).toEqual({ from: quarterDateRange(quarterOfDate(today)).from, to: today });
    expect(before.lastStatusReportTo).toBeNull();
    ds.saveAnswers.push(path.join(ds.dir, 'notat.docx'));
    await ds.call('reports.generate', { kind: 'statusnotat', from: '2026-01-01', to: '2026-06-30' });
    const after = await ds.call('reports.options', {});
    expect(after.lastStatusReportTo).toBe('2026-06-30');
    expect(after.defaultPeriod).toEqual({ from: '2026-07-01', to: today });
    // Without a period the default is used, and named after its end.
    ds.saveAnswers.push(path.join(ds.dir, 'notat2.docx'));
    await ds.call('reports.generate', { kind: 'statusnotat' });
    expect(ds.saveRequests[1]!.suggested.endsWith(`Statusnotat ${today}.docx`)).toBe(true);
    const doc = await readDocx(fs.readFileSync(path.join(ds.dir, 'notat2.docx')));
    expect(doc.tables[1]![0]![1]).toMatch(/^1\. juli 2026 – /);
  });

  it('refuses bad requests in Danish before any dialog is shown', async () => {
    ds = createDocumentSession();
    const refusal = (input: unknown) => ds.refusal('reports.generate', input);
    expect(await refusal({ kind: 'dagsorden' })).toBe('Vælg det møde, dagsordenen skal laves for');
    expect(await refusal({ kind: 'referat' })).toBe('Vælg det møde, referatet skal laves for');
    expect(await refusal({ kind: 'statusnotat', from: '2026-10-01' })).toBe('Angiv både periodens start og slutning');
    expect(await refusal({ kind: 'statusnotat', from: '2026-10-01', to: '2026-09-01' })).toBe('Perioden kan ikke slutte, før den begynder');
    expect(await refusal({ kind: 'statusnotat', from: '2026-02-30', to: '2026-03-01' })).toBe('Periodens start skal være en gyldig dato (ÅÅÅÅ-MM-DD)');
    expect(await refusal({ kind: 'budget' })).toMatch(/^Dokument skal være et af: dagsorden, referat, statusnotat, evaluering, programdokument/);
    expect(await refusal({ kind: 'evaluering' })).toBe('Angiv den periode, evalueringen dækker (fra og til)');
    expect(await refusal({ kind: 'evaluering', from: '2021-01-01', to: '2020-12-31', stage: 'slut' })).toBe('Perioden kan ikke slutte, før den begynder');
    expect(await refusal({ kind: 'evaluering', from: '2021-01-01', to: '2021-12-31', stage: 'halvvejs' })).toBe('Evalueringen skal være midtvejs eller slut');
    expect(await refusal({ kind: 'statusnotat', from: '2021-01-01', to: '2021-12-31', stage: 'slut' })).toBe('Midtvejs- eller slutevaluering kan kun vælges for en evaluering');
    expect(await refusal({ kind: 'programdokument', path: '/etc/passwd' })).toBe('Ukendt felt i dokumentet: path');
    expect(await refusal({ kind: 'dagsorden', meetingId: 5 })).toBe('Mødet findes ikke (måske er det slettet)');
    expect(ds.saveRequests).toEqual([]);
  });

  it('says so when the chosen folder does not exist, leaving nothing behind', async () => {
    ds = createDocumentSession();
    ds.saveAnswers.push(path.join(ds.dir, 'findes ikke', 'x.docx'));
    const envelope = await ds.raw('reports.generate', { kind: 'programdokument' });
    expect(envelope).toEqual({ ok: false, error: { code: 'refused', message: 'Mappen til "x.docx" findes ikke' } });
    expect(ds.opened).toEqual([]);
  });
});

describe('reports.options', () => {
  it('offers the workbook’s folder, and no meeting while the workbook has none', async () => {
    ds = createDocumentSession();
    const options = await ds.call('reports.options', {});
    expect(options.folder).toBe(path.dirname(ds.workbookPath));
    expect(options.today).toBe(todayIso());
    expect(options.meetings).toEqual([]);
    expect(options.defaultMeetingId).toBeNull();
  });

  it('lists the workbook’s meetings in the order held, and proposes the latest when none is coming', async () => {
    ds = createDocumentSession({ demo: true });
    const options = await ds.call('reports.options', {});
    const stored = ds.session.requireWorkbook().db.prepare('SELECT id, date, start_time AS startTime, end_time AS endTime, status FROM meeting ORDER BY date, start_time, id').all();
    expect(options.meetings).toEqual(stored);
    expect(options.meetings).toHaveLength(27);
    // The demonstration's meetings all lie before today (late 2026).
    expect(options.defaultMeetingId).toBe(options.meetings.at(-1)!.id);
  });
});

describe('reports.generate for a meeting', () => {
  it('saves the dagsorden and the referat named after the meeting’s date, from the stored meeting', async () => {
    ds = createDocumentSession({ demo: true });
    const { meetings } = await ds.call('reports.options', {});
    const approved = meetings.filter((m) => m.status === 'referat godkendt').at(-1)!;
    const detail = await ds.call('meetings.get', { id: approved.id });

    ds.saveAnswers.push(path.join(ds.dir, 'dagsorden.docx'), path.join(ds.dir, 'referat.docx'));
    await ds.call('reports.generate', { kind: 'dagsorden', meetingId: approved.id });
    await ds.call('reports.generate', { kind: 'referat', meetingId: approved.id });
    expect(ds.saveRequests.map((r) => [path.basename(r.suggested), r.title])).toEqual([
      [`Dagsorden ${approved.date}.docx`, 'Gem dagsorden'],
      [`Referat ${approved.date}.docx`, 'Gem referat'],
    ]);
    expect(ds.opened).toEqual([path.join(ds.dir, 'dagsorden.docx'), path.join(ds.dir, 'referat.docx')]);

    const titles = detail.items.filter((i) => i.proposalState === 'accepteret').map((i, n) => `${n + 1}. ${i.title}`);
    const agenda = await readDocx(fs.readFileSync(path.join(ds.dir, 'dagsorden.docx')));
    expect(agenda.headings.map((h) => h.text)).toEqual(['Dagsorden', 'Punkter', ...titles]);
    const minutes = await readDocx(fs.readFileSync(path.join(ds.dir, 'referat.docx')));
    expect(minutes.headings.map((h) => h.text)).toEqual(['Referat', ...titles, 'Handlinger']);
    const actions = minutes.tables.find((t) => t[0]?.join('|') === 'Punkt|Hvad|Hvem|Hvornår')!;
    expect(actions.slice(1).map((r) => r[1]).sort()).toEqual(detail.actions.map((a) => a.what).sort());
  });
});
