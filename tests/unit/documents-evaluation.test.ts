// Midtvejs- and slutevaluering: the draft made through `reports.generate` from a demonstration
// workbook, read back from the .docx and through LibreOffice (PDF, as a recipient opens it):
// every initiative, every follow-up's learning in the period and none outside it, the figures of
// the Økonomi sheet, the decisions of the period; empty sections say so and leave the author a
// marked space; anchoring and stopping are dated by the change log.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultEvaluationPeriod, evaluateInitiative, evaluationDecisions } from '../../electron/documents/evaluation/evaluation-analysis';
import { judgementText } from '../../electron/documents/evaluation/evaluation-blocks';
import { evaluationDocument } from '../../electron/documents/evaluation/evaluation-document';
import { packDocument } from '../../electron/documents/layout';
import { loadEvaluationData } from '../../electron/documents/loaders/evaluation';
import { computeBudgetTotals } from '../../shared/budget-totals';
import { formatDateLong } from '../../shared/dates';
import type { FollowUp } from '../../shared/domain/activity';
import type { BudgetSheet } from '../../shared/domain/budget';
import { formatKroner } from '../../shared/money';
import { createDocumentSession, type DocumentSession } from '../support/document-session';
import { readDocx, type ReadDocx } from '../support/docx-reader';
import { createTestWorkbook, tempDir } from '../support/workbooks';

const PERIOD = { from: '2020-01-01', to: '2021-06-30' };
const dir = tempDir('arbejdsbogen-evaluering-');
let ds: DocumentSession;
let doc: ReadDocx;
/** The PDF's text, whitespace made single spaces. */
let pdf = '';
let pages = 0;
let followUps: FollowUp[] = [];
let sheet: BudgetSheet;
let initiatives: Array<{ id: number; number: number; title: string }> = [];

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  ds = createDocumentSession({ demo: true });
  const target = path.join(dir, 'Midtvejsevaluering.docx');
  ds.saveAnswers.push(target);
  await ds.call('reports.generate', { kind: 'evaluering', stage: 'midtvejs', ...PERIOD });
  doc = await readDocx(fs.readFileSync(target));
  sheet = await ds.call('budget.get', {});
  initiatives = await ds.call('initiatives.list', {});
  followUps = ds.session.requireWorkbook().db.prepare('SELECT id, date, learnt FROM follow_up').all() as FollowUp[];
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, target], {
    timeout: 180_000,
    stdio: 'ignore',
  });
  const pdfPath = path.join(dir, 'Midtvejsevaluering.pdf');
  pdf = flat(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));
  pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
}, 200_000);

afterAll(() => {
  ds?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Midtvejsevaluering from the demonstration workbook, as LibreOffice reads it', () => {
  it('has a title page with the programme, the kind, the period, the date and the author', () => {
    expect(doc.headings[0]).toEqual({ level: 0, text: 'Midtvejsevaluering' });
    const facts = doc.tables.find((t) => t[0]?.[0] === 'Evaluering')!;
    expect(Object.fromEntries(facts.map((r) => [r[0], r[1]]))).toMatchObject({
      Evaluering: 'Midtvejsevaluering',
      Periode: '1. januar 2020 – 30. juni 2021',
      Forfatter: 'Test Formand (Formand)',
      Programperiode: '2019 K2 – 2022 K4',
    });
    expect(pdf).toContain('DEMONSTRATIONSDATA – Styrket indsats for social balance i Mørkhøj');
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(12);
    expect([...pdf.matchAll(/Side (\d+) af (\d+)/g)].map((m) => `${m[1]}/${m[2]}`)).toEqual(Array.from({ length: pages }, (_, i) => `${i + 1}/${pages}`));
  });

  it('has its sections, every initiative among them', () => {
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      '1. Sammenfatning', '2. Indsatserne', '3. Økonomi', '4. Beslutninger i perioden', '5. Videreførelse',
    ]);
    expect(initiatives).toHaveLength(3);
    for (const i of initiatives) {
      expect(doc.headings).toContainEqual({ level: 2, text: `Indsats ${i.number}: ${i.title}` });
      expect(pdf).toContain(`Indsats ${i.number}: ${i.title}`);
    }
  });

  it('gives every follow-up’s learning in the period, and none from outside it', () => {
    const inside = followUps.filter((f) => f.date >= PERIOD.from && f.date <= PERIOD.to);
    const outside = followUps.filter((f) => !inside.includes(f));
    expect(inside.length).toBeGreaterThan(3);
    expect(outside.length).toBeGreaterThan(3);
    for (const f of inside) expect(pdf, f.learnt).toContain(flat(f.learnt));
    for (const f of outside) expect(pdf, f.learnt).not.toContain(flat(f.learnt));
  });

  it('shows the Økonomi sheet’s figures for the period’s years, per year, per line and per initiative', () => {
    const totals = computeBudgetTotals({ ...sheet.data, years: [2020, 2021] });
    const years = doc.tables.find((t) => t[0]?.join('|') === 'År|Budget (kr.)|Forbrug (kr.)|Prognose (kr.)|Difference (kr.)|Forbrugt')!;
    const figures = (f: { budget: number; actual: number; forecast: number; difference: number }) => [f.budget, f.actual, f.forecast, f.difference].map(formatKroner);
    expect(years.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ...[2020, 2021].map((y) => [String(y), ...figures(totals.grand.byYear[y]!)]),
      ['I alt', ...figures(totals.grand.total)],
    ]);
    const lines = doc.tables.find((t) => t[0]?.[0] === 'Linje')!;
    for (const group of sheet.data.groups) {
      const t = totals.groups[group.id]!.total;
      expect(lines).toContainEqual([group.title, ...figures(t)]);
      for (const line of group.lines) expect(lines.map((r) => r[1])).toContain(formatKroner(totals.lines[line.id]!.total.budget));
      const perInitiative = doc.tables.filter((tb) => tb[0]?.[0] === 'Budgetgruppe, 2020–2021').flat();
      expect(perInitiative.some((r) => r[0]!.startsWith(group.title) && r[2] === formatKroner(t.actual))).toBe(true);
    }
    expect(pdf).toContain(formatKroner(totals.grand.total.actual));
  });

  it('lists the period’s decisions without procedure, and the continuation decision as an Indstilling', () => {
    const wb = ds.session.requireWorkbook();
    const data = loadEvaluationData(wb, { stage: 'midtvejs', date: '2026-11-23', period: PERIOD, author: '' });
    const decisions = evaluationDecisions(data);
    expect(decisions.length).toBeGreaterThan(5);
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!;
    expect(table.length - 1).toBe(decisions.length);
    expect(table.slice(1).every((r) => r[1] !== 'Godkendelse af dagsorden')).toBe(true);
    expect(table.slice(1).every((r) => decisions.some((d) => formatDateLong(d.meetingDate) === r[0]))).toBe(true);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('Indstilling');
    expect(texts.some((t) => /^at\t.*træffer beslutning om, hvorvidt og i hvilken form programmet videreføres \(milepæl i 2022 K4\)$/.test(t))).toBe(true);
    expect(pdf).toContain(judgementText('anbefaling om videreførelse: hvad, i hvilken form og med hvilken finansiering'));
  });
});

describe('The period suggested', () => {
  it('is the programme period, to today while it runs, and an evaluation is not remembered as a statusnotat', async () => {
    expect(defaultEvaluationPeriod({ periodStart: '2019-K2', periodEnd: '2022-K4' }, '2026-11-23')).toEqual({ from: '2019-04-01', to: '2022-12-31' });
    expect(defaultEvaluationPeriod({ periodStart: '2019-K2', periodEnd: '2022-K4' }, '2021-02-10')).toEqual({ from: '2019-04-01', to: '2021-02-10' });
    expect(defaultEvaluationPeriod({ periodStart: '2027-K1', periodEnd: '2028-K4' }, '2026-11-23')).toEqual({ from: '2027-01-01', to: '2028-12-31' });
    const options = await ds.call('reports.options', {});
    expect(options.evaluationPeriod).toEqual({ from: '2019-04-01', to: '2022-12-31' });
    expect(options.lastStatusReportTo).toBeNull();
  });
});

describe('Sections with no data', () => {
  it('say so plainly and leave a marked space for the author', async () => {
    const twb = createTestWorkbook();
    try {
      const data = loadEvaluationData(twb.session.requireWorkbook(), { stage: 'slut', date: '2026-11-23', period: { from: '2019-01-01', to: '2019-03-31' }, author: 'Anne Andersen (Formand)' });
      const empty = await readDocx(await packDocument(evaluationDocument(data)));
      expect(empty.headings[0]!.text).toBe('Slutevaluering');
      expect(empty.text).toContain('Ingen aktiviteter startet i perioden.');
      expect(empty.text).toContain('Der er ikke registreret aktiviteter, der var i gang i perioden.');
      expect(empty.text).toContain('Der er ikke registreret opfølgninger (fokusgrupper, dialogmøder, samtaler) i perioden.');
      expect(empty.text).toContain('Der er ikke truffet beslutninger på møder i perioden.');
      expect(empty.text).toContain('Budgettet for 2019 er 477.500 kr.; der er ikke registreret forbrug.');
      expect(empty.text).toContain('Der er ikke registreret en milepæl for beslutning om videreførelse på Plan-arket.');
      expect(empty.text).toContain(judgementText('hvad indsatsen har lært i perioden'));
      expect(empty.text).toContain(judgementText('styregruppens beslutninger i perioden'));
    } finally {
      twb.close();
    }
  });
});

describe('Anchoring and stopping, dated by the change log', () => {
  it('counts a status change in the period, and names one recorded after it without guessing its date', () => {
    const twb = createTestWorkbook();
    try {
      const wb = twb.session.requireWorkbook();
      const [first, second] = wb.db.prepare('SELECT id, initiative_id AS initiativeId FROM activity ORDER BY id LIMIT 2').all() as Array<{ id: number; initiativeId: number }>;
      wb.mutate('Test', 'Forankret', (tx) => {
        tx.update('activity', first!.id, { status: 'forankret', start_date: '2020-03-01', local_owner: 'Beboerforeningen' });
        tx.update('activity', second!.id, { status: 'stoppet', start_date: '2020-03-01' });
      });
      const today = new Date().toISOString().slice(0, 10);
      const now = loadEvaluationData(wb, { stage: 'slut', date: today, period: { from: '2020-01-01', to: today }, author: '' });
      const e = evaluateInitiative(now, first!.initiativeId);
      expect(e.anchored.map((a) => a.id)).toContain(first!.id);
      expect(e.localOwners.map((o) => o.owner)).toContain('Beboerforeningen');
      expect(evaluateInitiative(now, second!.initiativeId).stopped.map((a) => a.id)).toContain(second!.id);

      const before = loadEvaluationData(wb, { stage: 'midtvejs', date: today, period: { from: '2020-01-01', to: '2021-12-31' }, author: '' });
      const earlier = evaluateInitiative(before, first!.initiativeId);
      expect(earlier.anchored).toEqual([]);
      expect(earlier.recordedLater.map((r) => [r.activity.id, r.status, r.on])).toContainEqual([first!.id, 'forankret', today]);
    } finally {
      twb.close();
    }
  });
});
