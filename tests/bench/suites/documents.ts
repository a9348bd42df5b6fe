// Generation time of each Word document from a demonstration workbook (`npm run cli -- demo
// --scale N`) at scale 1 and 10 – read from the workbook, built and packed, as `reports.generate`
// and `cli export` do – and, in the same run, pandoc turning an equivalent Markdown agenda of the
// same meeting into .docx, for comparison. Last, a programdokument whose texts are each just under
// the 1 MB a text field takes, made through `reports.generate` as the app does: how long it takes
// and the longest time the main thread's event loop could not answer meanwhile.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatDateWithWeekday } from '../../../shared/dates';
import { packDocument } from '../../../electron/documents/layout';
import { loadMeetingDocumentData } from '../../../electron/documents/loaders/meetings';
import { loadProgrammeDocumentData } from '../../../electron/documents/loaders/programme';
import { loadStatusReportData } from '../../../electron/documents/loaders/status-report';
import { agendaDocument } from '../../../electron/documents/meetings/agenda-document';
import type { MeetingDocumentData } from '../../../electron/documents/meetings/meeting-document-data';
import { shownItems } from '../../../electron/documents/meetings/meeting-parts';
import { minutesDocument } from '../../../electron/documents/meetings/minutes-document';
import { programmeDocument } from '../../../electron/documents/programme/programme-document';
import { statusReportDocument } from '../../../electron/documents/status/status-report';
import type { Workbook } from '../../../electron/workbook/workbook';
import { PROGRAM_LONG_TEXT_FIELDS } from '../../../shared/domain/program';
import { median } from '../measure';
import type { Measurement } from '../run';
import { createDemoWorkbook } from '../../support/demo-workbook';
import { createDocumentSession } from '../../support/document-session';
import { tempDir } from '../../support/workbooks';

export const name = 'Word-dokumenter (docx) fra demonstrationsdata';

const TODAY = '2026-11-23';
/** A whole year of the programme: at scale 10 ten times the meetings, decisions and actions. */
const PERIOD = { from: '2021-01-01', to: '2021-12-31' };

/** The same agenda as Markdown: what a secretary might otherwise write and convert with pandoc. */
function agendaMarkdown(data: MeetingDocumentData): string {
  const items = shownItems(data);
  const lines = [
    '---', 'title: Dagsorden', `subtitle: Møde i ${data.header.steeringGroup}`, 'lang: da-DK', '---', '',
    `**Dato:** ${formatDateWithWeekday(data.meeting.date)}  `, `**Sted:** ${data.meeting.place}  `,
    `**Deltagere:** ${data.participants.filter((p) => p.present).map((p) => `${p.name}, ${p.role}`).join('; ')}`, '',
    '| Nr. | Punkt | Type | Tid |', '|---|---|---|---|',
    ...items.map(({ item, number, slot }) => `| ${number} | ${item.title} | ${item.type} | ${slot} |`), '',
  ];
  for (const { item, number, slot } of items) {
    lines.push(`# ${number}. ${item.title}`, '', `*${slot} · ${item.type} · Ved: ${item.presenter}*`, '');
    if (item.recommendation.length) lines.push('**Indstilling**', '', 'Det indstilles,', '', ...item.recommendation.map((r) => `- ${r}`), '');
    if (item.caseText) lines.push('**Sagsfremstilling**', '', item.caseText, '');
    if (item.standing === 'followUp' && data.carriedOver.length) {
      lines.push('**Handlinger fra tidligere møder**', '', '| Hvad | Hvem | Frist | Status |', '|---|---|---|---|');
      lines.push(...data.carriedOver.map((a) => `| ${a.what} | ${a.who} | ${a.deadline ?? ''} | ${a.status} |`), '');
    }
    if (item.attachments.length) lines.push('**Bilag**', '', ...item.attachments.map((a, j) => `- Bilag ${number}.${j + 1}: ${a.name || path.basename(a.path)}`), '');
  }
  return lines.join('\n');
}

function pandocAvailable(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

function count(wb: Workbook, sql: string, ...params: unknown[]): number {
  return wb.db.prepare(sql).pluck().get(...params) as number;
}

async function measureScale(scale: number, dir: string): Promise<Measurement[]> {
  const started = performance.now();
  const twb = createDemoWorkbook(scale);
  const generated = performance.now() - started;
  try {
    const wb = twb.session.requireWorkbook();
    const label = `×${scale}`;
    const meetings = wb.db.prepare('SELECT id, status FROM meeting ORDER BY date, start_time, id').all() as Array<{ id: number; status: string }>;
    // The coming meeting's agenda (the longest list of actions to follow up), the last approved minutes.
    const agendaId = meetings.at(-1)!.id;
    const minutesId = meetings.filter((m) => m.status === 'referat godkendt').at(-1)!.id;
    const agendaData = loadMeetingDocumentData(wb, agendaId, TODAY);
    const minutesData = loadMeetingDocumentData(wb, minutesId, TODAY);
    const results: Measurement[] = [
      {
        label: `Demo-arbejdsbog oprettet ${label}`,
        ms: generated,
        note: `${meetings.length} møder, ${count(wb, 'SELECT COUNT(*) FROM agenda_item')} punkter, ${count(wb, 'SELECT COUNT(*) FROM action_item')} handlinger`,
      },
    ];
    const runs = scale > 1 ? 5 : 7;
    const measure = async (what: string, build: () => Promise<Buffer>, note: string) => {
      let size = 0;
      const ms = await median(async () => {
        size = (await build()).length;
      }, runs);
      results.push({ label: `${what} ${label}`, ms, note: `${note}, ${Math.round(size / 1024)} kB` });
    };
    const decisions = count(wb, "SELECT COUNT(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE trim(i.decision) <> '' AND m.date BETWEEN ? AND ?", PERIOD.from, PERIOD.to);
    const open = count(wb, "SELECT COUNT(*) FROM action_item WHERE status <> 'færdig'");
    await measure('Programdokument', () => packDocument(programmeDocument(loadProgrammeDocumentData(wb, TODAY))), 'fra arbejdsbogen');
    await measure(
      'Statusnotat',
      () => packDocument(statusReportDocument(loadStatusReportData(wb, { date: TODAY, period: PERIOD }))),
      `2021: ${decisions} beslutninger, ${open} åbne handlinger`,
    );
    await measure(
      'Dagsorden',
      () => packDocument(agendaDocument(loadMeetingDocumentData(wb, agendaId, TODAY))),
      `${shownItems(agendaData).length} punkter, ${agendaData.carriedOver.length} handlinger til opfølgning`,
    );
    await measure(
      'Referat',
      () => packDocument(minutesDocument(loadMeetingDocumentData(wb, minutesId, TODAY))),
      `${shownItems(minutesData).length} punkter, ${minutesData.actions.length} nye og ${minutesData.carriedOver.length} tidligere handlinger`,
    );
    if (pandocAvailable()) {
      const md = path.join(dir, `dagsorden-${scale}.md`);
      fs.writeFileSync(md, agendaMarkdown(agendaData));
      const out = path.join(dir, `dagsorden-${scale}.docx`);
      const ms = await median(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md]), runs);
      results.push({
        label: `pandoc: samme dagsorden fra Markdown ${label}`,
        ms,
        note: `${shownItems(agendaData).length} punkter, ${Math.round(fs.statSync(out).size / 1024)} kB, uden brevhoved og sidefelter`,
      });
    }
    return results;
  } finally {
    twb.close();
  }
}

/** Ordinary Danish paragraphs up to just under `bytes` UTF-8 bytes. */
function textOfBytes(bytes: number, seed: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 1; ; i++) {
    const p = `Afsnit ${seed}.${i}: Fællesspisningen i beboerhuset samler familier på tværs af opgange og generationer, og børnene får lektiehjælp bagefter.`;
    const added = Buffer.byteLength(p) + 2;
    if (size + added > bytes) break;
    paragraphs.push(p);
    size += added;
  }
  return paragraphs.join('\n\n');
}

/**
 * The programdokument with every long text of the Program sheet and every initiative's
 * description just under 1 MB, through the dispatcher. A 5 ms ticker on the main thread
 * records the longest gap between its ticks while the document is made: how long a click
 * or a keystroke in the app would wait for an answer.
 */
async function measureLongTexts(): Promise<Measurement[]> {
  const ds = createDocumentSession();
  try {
    const MB = 1_000_000 - 1_000;
    const patch = Object.fromEntries(PROGRAM_LONG_TEXT_FIELDS.map((field, i) => [field, textOfBytes(MB, i)]));
    await ds.call('program.update', { patch });
    const initiatives = await ds.call('initiatives.list', {});
    for (const [i, initiative] of initiatives.entries()) {
      await ds.call('initiatives.update', { id: initiative.id, patch: { description: textOfBytes(MB, 100 + i) } });
    }
    const texts = PROGRAM_LONG_TEXT_FIELDS.length + initiatives.length;
    const times: number[] = [];
    const stalls: number[] = [];
    const busy: number[] = [];
    let size = 0;
    for (let run = 0; run < 4; run++) {
      const target = path.join(ds.dir, `programdokument-${run}.docx`);
      ds.saveAnswers.push(target);
      let last = performance.now();
      let longest = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      const loopBefore = performance.eventLoopUtilization();
      await ds.call('reports.generate', { kind: 'programdokument' });
      const ms = performance.now() - started;
      // The share of the time the main thread worked rather than waited: unlike a stall, not
      // lengthened by other processes taking the CPU on a shared machine.
      const utilization = performance.eventLoopUtilization(loopBefore).utilization;
      clearInterval(ticker);
      longest = Math.max(longest, performance.now() - last);
      size = fs.statSync(target).size;
      // The first run warms up (modules, a worker), as in median().
      if (run > 0) {
        times.push(ms);
        stalls.push(longest);
        busy.push(utilization);
      }
    }
    const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return [
      { label: 'Programdokument, 1 MB-tekster: tid', ms: mid(times), note: `${texts} tekster à knap 1 MB, ${Math.round(size / 1024)} kB` },
      {
        label: 'Programdokument, 1 MB-tekster: længste stop i hovedtråden',
        ms: mid(stalls),
        note: `længst af alle kørsler ${Math.max(...stalls).toFixed(0)} ms; hovedtråden optaget ${Math.round(mid(busy) * 100)} % af tiden`,
      },
    ];
  } finally {
    ds.close();
  }
}

export async function run(): Promise<Measurement[]> {
  const dir = tempDir('arbejdsbogen-bench-docx-');
  try {
    // BENCH_ONLY_LONG_TEXTS=1 npm run bench -- documents: just the long texts (the demo workbooks take a while).
    if (process.env.BENCH_ONLY_LONG_TEXTS) return await measureLongTexts();
    const results = [...(await measureScale(1, dir)), ...(await measureScale(10, dir)), ...(await measureLongTexts())];
    if (!pandocAvailable()) results.push({ label: 'pandoc', ms: 0, note: 'pandoc er ikke installeret (apt-get install pandoc); sammenligningen er sprunget over' });
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
