// The statusnotat's goals (issue 16): for each of the programme's goals, what the period's
// activities and follow-ups of the initiatives and activities linked to it (goal_link, migration
// 015) say – the evidence with its dates, as of the period's end, never more than the workbook
// holds. Follow-ups are kept per initiative, so they count for a goal linked to their initiative.
import type { Activity, FollowUp } from '../../../shared/domain/activity';
import { formatDateLong } from '../../../shared/dates';
import { bullets, heading, label, note, textParagraph, type Block } from '../blocks';
import { joinDanish } from '../format';
import { cleanLine } from '../text';
import { asOfDate, inPeriod, looksBack } from './status-analysis';
import type { StatusGoal, StatusReportData } from './status-report-data';

export const NO_GOAL_EVIDENCE = 'Ingen aktiviteter eller opfølgninger i perioden er knyttet til dette mål.';

export interface GoalEvidence {
  /** Started between the period's start and its end. */
  started: Activity[];
  /** Running or anchored at the period's end, started before the period. */
  running: Activity[];
  /** Follow-ups of the linked initiatives held in the period. */
  followUps: FollowUp[];
}

/** The linked activities and follow-ups that fall in the period, oldest first. */
export function goalEvidence(data: StatusReportData, goal: StatusGoal): GoalEvidence {
  const asOf = asOfDate(data);
  const upToEnd = { from: data.period.from, to: asOf };
  const initiatives = new Set(goal.initiativeIds);
  const linked = data.activities.filter((a) => initiatives.has(a.initiativeId) || goal.activityIds.includes(a.id));
  const begun = linked.filter((a) => a.status !== 'idé' && a.status !== 'planlagt' && a.startDate !== null);
  const byDate = <T extends { date?: string; startDate?: string | null }>(key: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  return {
    started: begun.filter((a) => inPeriod(a.startDate, upToEnd)).sort(byDate((a) => a.startDate ?? '')),
    running: begun.filter((a) => (a.status === 'i gang' || a.status === 'forankret') && a.startDate! < data.period.from).sort(byDate((a) => a.startDate ?? '')),
    followUps: data.followUps.filter((f) => initiatives.has(f.initiativeId) && inPeriod(f.date, upToEnd)).sort(byDate((f) => f.date)),
  };
}

function initiativeNumber(data: StatusReportData, id: number): number | undefined {
  return data.initiatives.find((i) => i.id === id)?.number;
}

/** »Fællesspisning for familier (indsats 1), i gang, 24 deltagere« */
function activityText(data: StatusReportData, a: Activity): string {
  const n = initiativeNumber(data, a.initiativeId);
  const participants = a.participants === null ? 'deltagere ikke opgjort' : `${a.participants} ${a.participants === 1 ? 'deltager' : 'deltagere'}`;
  return `${cleanLine(a.name)}${n === undefined ? '' : ` (indsats ${n})`}, ${a.status}, ${participants}`;
}

function followUpText(data: StatusReportData, f: FollowUp): string {
  const n = initiativeNumber(data, f.initiativeId);
  const who = cleanLine(f.withWhom) ? ` med ${cleanLine(f.withWhom)}` : '';
  return `${formatDateLong(f.date)}, ${cleanLine(f.form)}${who}${n === undefined ? '' : ` (indsats ${n})`}: ${cleanLine(f.learnt) || 'intet noteret om, hvad vi lærte'}`;
}

/** »Knyttet til indsats 1 og aktiviteten »Lektiecafé« (indsats 2).« */
function linkedText(data: StatusReportData, goal: StatusGoal): string {
  const parts = [
    ...goal.initiativeIds.map((id) => initiativeNumber(data, id)).filter((n) => n !== undefined).sort((a, b) => a - b).map((n) => `indsats ${n}`),
    ...goal.activityIds.flatMap((id) => {
      const a = data.activities.find((x) => x.id === id);
      const n = a ? initiativeNumber(data, a.initiativeId) : undefined;
      return a ? [`aktiviteten »${cleanLine(a.name)}«${n === undefined ? '' : ` (indsats ${n})`}`] : [];
    }),
  ];
  return `Knyttet til ${joinDanish(parts)}.`;
}

function goalBlocks(data: StatusReportData, goal: StatusGoal, index: number): Block[] {
  const blocks: Block[] = [heading(`Mål ${index + 1}: ${cleanLine(goal.text)}`, 2)];
  if (goal.initiativeIds.length + goal.activityIds.length === 0) {
    return [...blocks, note(`${NO_GOAL_EVIDENCE} Målet er ikke knyttet til nogen indsats eller aktivitet i arbejdsbogen.`)];
  }
  blocks.push(textParagraph(linkedText(data, goal)));
  const evidence = goalEvidence(data, goal);
  if (evidence.started.length + evidence.running.length + evidence.followUps.length === 0) return [...blocks, note(NO_GOAL_EVIDENCE)];
  if (evidence.started.length > 0) {
    blocks.push(label('Aktiviteter startet i perioden'), ...bullets(evidence.started.map((a) => `${formatDateLong(a.startDate!)}: ${activityText(data, a)}`)));
  }
  if (evidence.running.length > 0) {
    blocks.push(label('Aktiviteter i gang i perioden'), ...bullets(evidence.running.map((a) => `Siden ${formatDateLong(a.startDate!)}: ${activityText(data, a)}`)));
  }
  if (evidence.followUps.length > 0) blocks.push(label('Opfølgninger i perioden'), ...bullets(evidence.followUps.map((f) => followUpText(data, f))));
  return blocks;
}

/** Section 8: every goal, with the linked evidence of the period or a plain word that there is none. */
export function goalsSection(data: StatusReportData): Block[] {
  const goals = data.goals ?? [];
  const blocks: Block[] = [heading('8. Programmets mål', 1)];
  if (goals.length === 0) return [...blocks, note('Programmets mål er ikke skrevet ind på Program-arket.')];
  blocks.push(
    note(
      `Hvad aktiviteterne og opfølgningerne i perioden siger om hvert mål – kun det, der i arbejdsbogen er knyttet til målet (Program-arket, »Indsatser og aktiviteter«). Opfølgninger registreres pr. indsats og er med, når målet er knyttet til indsatsen.${
        looksBack(data) ? ' Aktiviteternes status og deltagertal er, som de står i arbejdsbogen, da notatet skrives.' : ''
      }`,
    ),
  );
  goals.forEach((goal, i) => blocks.push(...goalBlocks(data, goal, i)));
  return blocks;
}
