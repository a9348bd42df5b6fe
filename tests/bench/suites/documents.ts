// Generation time of each Word document from a demonstration workbook (`npm run cli -- demo
// --scale N`) at scale 1 and 10 – read from the workbook, built and packed, as `reports.generate`
// and `cli export` do – and, in the same run, pandoc turning an equivalent Markdown agenda of the
// same meeting into .docx, for comparison.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
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
import { median } from '../measure';
import type { Measurement } from '../run';
import { createDemoWorkbook } from '../../support/demo-workbook';
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

export async function run(): Promise<Measurement[]> {
  const dir = tempDir('arbejdsbogen-bench-docx-');
  try {
    const results = [...(await measureScale(1, dir)), ...(await measureScale(10, dir))];
    if (!pandocAvailable()) results.push({ label: 'pandoc', ms: 0, note: 'pandoc er ikke installeret (apt-get install pandoc); sammenligningen er sprunget over' });
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
