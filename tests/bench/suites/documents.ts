// Generation time of each Word document, at the default workbook's size and at scale 10, and
// pandoc turning an equivalent Markdown agenda into .docx in the same run, for comparison.
// Scale 10 = ten times the default workbook's initiatives, phases and budget lines (written
// through the one mutation path), and ten times the sample meeting's items, actions,
// activities, follow-ups and decisions built by hand.
// MERGE: once the Møder feature's `demo --scale 10` exists, build the workbook with it instead.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packDocument } from '../../../electron/documents/layout';
import { loadProgrammeDocumentData } from '../../../electron/documents/loaders/programme';
import { loadStatusReportData } from '../../../electron/documents/loaders/status-report';
import { agendaDocument } from '../../../electron/documents/meetings/agenda-document';
import type { MeetingDocumentData } from '../../../electron/documents/meetings/meeting-document-data';
import { minutesDocument } from '../../../electron/documents/meetings/minutes-document';
import { programmeDocument } from '../../../electron/documents/programme/programme-document';
import { statusReportDocument } from '../../../electron/documents/status/status-report';
import type { StatusReportData } from '../../../electron/documents/status/status-report-data';
import type { Workbook } from '../../../electron/workbook/workbook';
import { PROGRAMME_BUDGET, PROGRAMME_INITIATIVES } from '../../../electron/workbook/seed/programme-document';
import { toRow } from '../../../electron/workbook/columns';
import { shownItems } from '../../../electron/documents/meetings/meeting-parts';
import { computeTimeSlots } from '../../../electron/documents/agenda-time-slots';
import { formatDateWithWeekday } from '../../../shared/dates';
import { median } from '../measure';
import type { Measurement } from '../run';
import { sampleMeeting } from '../../support/sample-meeting';
import { createTestWorkbook, tempDir } from '../../support/workbooks';

export const name = 'Word-dokumenter (docx)';

const TODAY = '2026-11-23';
const PERIOD = { from: '2026-10-01', to: TODAY };

/** Nine more copies of the default workbook's initiatives with their phases, and of its budget. */
function scaleWorkbook(wb: Workbook, scale: number): void {
  wb.mutate('Benchmark', `Skalér arbejdsbogen ×${scale}`, (tx) => {
    let number = 3;
    for (let copy = 1; copy < scale; copy++) {
      for (const initiative of PROGRAMME_INITIATIVES) {
        const { participants: _p, phases, ...fields } = initiative;
        number += 1;
        const id = tx.insert('initiative', { ...toRow({ ...fields, number, title: `${fields.title} (kopi ${copy})` }), position: number });
        phases.forEach((phase, j) =>
          tx.insert('plan_phase', { initiative_id: id, title: phase.title, start_quarter: phase.start, end_quarter: phase.end, status: 'i gang', position: j + 1 }),
        );
      }
      for (const group of PROGRAMME_BUDGET) {
        const groupId = tx.insert('budget_group', { title: `${group.title} (kopi ${copy})`, position: 100 + copy });
        group.lines.forEach((line, j) => {
          const lineId = tx.insert('budget_line', { group_id: groupId, cost_type: line.costType, position: j + 1 });
          for (const [year, amount] of Object.entries(line.budget)) {
            tx.insert('budget_amount', { line_id: lineId, year: Number(year), budget: amount, actual: Math.round(amount * 0.9) });
          }
        });
      }
    }
  });
}

function scaleMeeting(scale: number): MeetingDocumentData {
  const base = sampleMeeting();
  const items = Array.from({ length: scale }, (_, copy) =>
    base.items.map((item) => ({ ...item, id: item.id + copy * 1000, position: item.position + copy * 1000, title: copy ? `${item.title} (${copy + 1})` : item.title })),
  ).flat();
  const actions = Array.from({ length: scale }, (_, copy) => base.actions.map((a) => ({ ...a, id: a.id + copy * 1000, itemId: a.itemId === null ? null : a.itemId + copy * 1000 }))).flat();
  return { ...base, items, actions, meeting: { ...base.meeting, endTime: '23:59' } };
}

function scaleStatus(data: StatusReportData, scale: number): StatusReportData {
  const ids = data.initiatives.map((i) => i.id);
  const n = 10 * scale;
  return {
    ...data,
    activities: Array.from({ length: n }, (_, i) => ({
      id: i + 1, initiativeId: ids[i % ids.length]!, name: `Aktivitet ${i + 1}`, status: (['idé', 'planlagt', 'i gang', 'forankret', 'stoppet'] as const)[i % 5]!,
      startDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`, participants: 10 + i, partners: ['Boligforeningen'], anchoredWith: 'Mørkhøj Bibliotek',
    })),
    followUps: Array.from({ length: n }, (_, i) => ({ id: i + 1, initiativeId: ids[i % ids.length]!, date: `2026-${String((i % 11) + 1).padStart(2, '0')}-15`, form: 'dialogmøde', withWhom: 'beboere', learnt: 'Stor interesse for fællesspisning' })),
    decisions: Array.from({ length: n }, (_, i) => ({ meetingDate: `2026-${String((i % 11) + 1).padStart(2, '0')}-20`, itemTitle: `Punkt ${i + 1}`, decision: 'Styregruppen godkendte indstillingen.' })),
    actions: Array.from({ length: n }, (_, i) => ({ id: i + 1, what: `Handling ${i + 1}`, who: 'Jonas Berg', deadline: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`, status: (['åben', 'i gang', 'færdig'] as const)[i % 3]!, meetingDate: '2026-10-21' })),
  };
}

/** The same agenda as Markdown: what a secretary might otherwise write and convert with pandoc. */
function agendaMarkdown(data: MeetingDocumentData): string {
  const items = shownItems(data);
  const slots = computeTimeSlots(data.meeting.startTime, items.map((i) => i.minutes)) ?? [];
  const lines = [
    '---', 'title: Dagsorden', `subtitle: Møde i ${data.header.steeringGroup}`, 'lang: da-DK', '---', '',
    `**Dato:** ${formatDateWithWeekday(data.meeting.date)}  `, `**Sted:** ${data.meeting.place}  `,
    `**Deltagere:** ${data.participants.filter((p) => p.present).map((p) => `${p.name}, ${p.role}`).join('; ')}`, '',
    '| Nr. | Punkt | Type | Tid |', '|---|---|---|---|',
    ...items.map((item, i) => `| ${i + 1} | ${item.title} | ${item.type} | kl. ${slots[i]?.start}–${slots[i]?.end} |`), '',
  ];
  items.forEach((item, i) => {
    lines.push(`# ${i + 1}. ${item.title}`, '', `*kl. ${slots[i]?.start}–${slots[i]?.end} · ${item.type} · Ved: ${item.presenter}*`, '');
    if (item.recommendation.length) lines.push('**Indstilling**', '', 'Det indstilles,', '', ...item.recommendation.map((r) => `- ${r}`), '');
    if (item.caseText) lines.push('**Sagsfremstilling**', '', item.caseText, '');
    if (item.attachments.length) lines.push('**Bilag**', '', ...item.attachments.map((a, j) => `- Bilag ${i + 1}.${j + 1}: ${a.name || path.basename(a.path)}`), '');
  });
  return lines.join('\n');
}

function pandocAvailable(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function measureScale(scale: number, dir: string): Promise<Measurement[]> {
  const twb = createTestWorkbook();
  try {
    const wb = twb.session.requireWorkbook();
    if (scale > 1) scaleWorkbook(wb, scale);
    const meeting = scaleMeeting(scale);
    const status = () => scaleStatus(loadStatusReportData(wb, { date: TODAY, period: PERIOD }), scale);
    const label = `×${scale}`;
    const results: Measurement[] = [];
    const runs = scale > 1 ? 3 : 5;
    let size = 0;
    const measure = async (what: string, build: () => Promise<Buffer>, note: string) => {
      const ms = await median(async () => {
        size = (await build()).length;
      }, runs);
      results.push({ label: `${what} ${label}`, ms, note: `${note}, ${Math.round(size / 1024)} kB` });
    };
    const items = shownItems(meeting).length;
    await measure('Programdokument', () => packDocument(programmeDocument(loadProgrammeDocumentData(wb, TODAY))), `${wb.db.prepare('SELECT COUNT(*) FROM initiative').pluck().get()} indsatser, ${wb.db.prepare('SELECT COUNT(*) FROM budget_line').pluck().get()} budgetlinjer`);
    await measure('Statusnotat', () => packDocument(statusReportDocument(status())), `${10 * scale} aktiviteter/beslutninger/handlinger`);
    await measure('Dagsorden', () => packDocument(agendaDocument(meeting)), `${items} punkter`);
    await measure('Referat', () => packDocument(minutesDocument(meeting)), `${items} punkter, ${meeting.actions.length} handlinger`);
    if (pandocAvailable()) {
      const md = path.join(dir, `dagsorden-${scale}.md`);
      fs.writeFileSync(md, agendaMarkdown(meeting));
      const out = path.join(dir, `dagsorden-${scale}.docx`);
      const ms = await median(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md]), runs);
      results.push({ label: `pandoc: samme dagsorden fra Markdown ${label}`, ms, note: `${items} punkter, ${Math.round(fs.statSync(out).size / 1024)} kB, uden brevhoved og sidefelter` });
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
