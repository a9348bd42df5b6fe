// One initiative in the evaluation draft: its activities in the period (started, anchored,
// stopped), participants, partners and local anchoring, what the follow-ups recorded as learnt,
// its expected effects with space for the author's assessment, and its money for the period.
import { Paragraph } from 'docx';
import { computeBudgetTotals } from '../../../shared/budget-totals';
import { formatDateLong, formatDateShort } from '../../../shared/dates';
import type { BudgetData } from '../../../shared/domain/budget';
import type { Initiative, InitiativeWithParticipants } from '../../../shared/domain/initiative';
import { formatKroner } from '../../../shared/money';
import { bullets, heading, label, note, run, textParagraph, type Block } from '../blocks';
import { count, joinDanish } from '../format';
import { STYLE } from '../styles';
import { gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import { COLOURS } from '../theme';
import type { InitiativeEvaluation } from './evaluation-analysis';
import { judgementBox, nameOf, widthsOf, withDate } from './evaluation-blocks';
import type { EvaluationData } from './evaluation-data';

/** Lists longer than this are counted rather than named: the table below names every activity. */
const NAMED_AT_MOST = 8;

/** "Startet i perioden (2): Lektiecafé (18.01.2020) og …", or a count when the list is long; "Ingen …" when empty. */
function listLine(what: string, activities: InitiativeEvaluation['started'], dated: boolean): string {
  if (activities.length === 0) return `Ingen aktiviteter ${what.toLocaleLowerCase('da-DK')}.`;
  if (activities.length > NAMED_AT_MOST) return `${what}: ${activities.length} aktiviteter – se tabellen nedenfor.`;
  return `${what} (${activities.length}): ${joinDanish(activities.map((a) => (dated ? withDate(a.name, a.startDate) : cleanLine(a.name))))}.`;
}

/** "Forankret eller stoppet ifølge arbejdsbogen i dag, men først registreret efter perioden …" */
function laterText(later: InitiativeEvaluation['recordedLater']): string {
  const byStatus = (['forankret', 'stoppet'] as const).map((s) => [s, later.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  const what = later.length > NAMED_AT_MOST
    ? `${count(later.length, 'aktivitet', 'aktiviteter')} (${joinDanish(byStatus.map(([s, n]) => `${n} ${s}`))})`
    : joinDanish(later.map((r) => `${cleanLine(r.activity.name)} (${r.status}, registreret ${formatDateShort(r.on)})`));
  return `Forankret eller stoppet ifølge arbejdsbogen i dag, men først registreret efter perioden, så det vides ikke, om det skete i perioden: ${what}.`;
}

/** What the period saw of one activity: "startet, forankret", or "–" when it ran on unchanged. */
function happenedIn(e: InitiativeEvaluation, activity: InitiativeEvaluation['started'][number]): string {
  const seen = ([['startet', e.started], ['forankret', e.anchored], ['stoppet', e.stopped]] as const).filter(([, list]) => list.includes(activity)).map(([word]) => word);
  return seen.join(', ') || '–';
}

function activitiesPart(data: EvaluationData, e: InitiativeEvaluation): Block[] {
  const blocks: Block[] = [label('Aktiviteter i perioden')];
  const lines = [
    listLine('Startet i perioden', e.started, true),
    listLine('Forankret i perioden', e.anchored, false),
    listLine('Stoppet i perioden', e.stopped, false),
  ];
  blocks.push(...bullets(lines));
  if (e.recordedLater.length > 0) blocks.push(note(laterText(e.recordedLater)));
  if (e.running.length === 0) return [...blocks, note('Der er ikke registreret aktiviteter, der var i gang i perioden.')];
  blocks.push(
    textParagraph(
      `${count(e.running.length, 'aktivitet', 'aktiviteter')} var i gang i perioden med ${e.participants} deltagere${
        e.withoutCount > 0 ? ` (for ${count(e.withoutCount, 'aktivitet', 'aktiviteter')} er antallet ikke udfyldt)` : ''
      }.`,
      { keepNext: true },
    ),
    gridTable({
      widths: widthsOf([0.23, 0.125, 0.11, 0.125, 0.215, 0.195]),
      header: [['Aktivitet', 'Startet', 'I perioden', { text: 'Deltagere', align: 'right' }, 'Partnere', 'Lokal forankring']],
      body: e.running.map((a): Cell[] => [
        cleanLine(a.name),
        a.startDate ? formatDateShort(a.startDate) : '',
        happenedIn(e, a),
        { text: a.participants === null ? '' : String(a.participants), align: 'right' },
        a.partnerIds.map((id) => cleanLine(data.partners[id] ?? '')).filter(Boolean).join(', ') || '–',
        cleanLine(a.localOwner) || '–',
      ]),
    }),
  );
  blocks.push(
    ...bullets([
      e.partners.length > 0 ? `Partnere (${e.partners.length}): ${joinDanish(e.partners.map(cleanLine))}.` : 'Ingen partnere er knyttet til periodens aktiviteter.',
      e.localOwners.length > 0
        ? `Lokal forankring: ${count(e.localOwners.length, 'aktivitet har', 'aktiviteter har')} en lokal ejer.`
        : 'Ingen af periodens aktiviteter har en lokal ejer (forankring) noteret.',
    ]),
  );
  return blocks;
}

function learningPart(e: InitiativeEvaluation): Block[] {
  const blocks: Block[] = [label('Læring fra opfølgningerne')];
  if (e.followUps.length === 0) return [...blocks, note('Der er ikke registreret opfølgninger (fokusgrupper, dialogmøder, samtaler) i perioden.'), judgementBox('hvad indsatsen har lært i perioden')];
  return [
    ...blocks,
    ...bullets(
      e.followUps.map((f) => {
        const who = cleanLine(f.withWhom) ? ` med ${cleanLine(f.withWhom)}` : '';
        return `${formatDateLong(f.date)}, ${cleanLine(f.form)}${who}: ${cleanLine(f.learnt) || 'intet noteret som lært'}`;
      }),
    ),
  ];
}

function effectsPart(initiative: Initiative, e: InitiativeEvaluation): Block[] {
  const blocks: Block[] = [label('Effekter set mod programdokumentets forventede effekter')];
  const effects = initiative.effects.map(cleanLine).filter(Boolean);
  if (effects.length === 0) {
    blocks.push(note('Programdokumentet angiver ingen forventede effekter for indsatsen.'), judgementBox('indsatsens effekter'));
  } else {
    blocks.push(
      gridTable({
        widths: widthsOf([0.45, 0.55]),
        header: [['Forventet effekt', 'Vurdering']],
        body: effects.map((effect): Cell[] => [effect, { text: '[Forfatterens vurdering …]', italic: true, colour: COLOURS.muted, fill: COLOURS.currentQuarterFill }]),
      }),
    );
  }
  const how = cleanLine(initiative.effectFollowUp).replace(/[.\s]+$/, '');
  const evidence = e.followUps.length > 0 ? `I perioden er der ${count(e.followUps.length, 'opfølgning', 'opfølgninger')} med læring (se ovenfor).` : 'I perioden er der ingen opfølgninger at vurdere effekterne ud fra.';
  blocks.push(note(`${how ? `Effekterne følges op med: ${how}. ` : ''}${evidence} Arbejdsbogen måler ikke effekterne selv; vurderingen er forfatterens.`));
  return blocks;
}

function moneyPart(budget: BudgetData, initiative: Initiative): Block[] {
  const blocks: Block[] = [label('Økonomi i perioden')];
  const groups = budget.groups.filter((g) => g.initiativeIds.includes(initiative.id));
  if (budget.years.length === 0) return [...blocks, note('Der er ikke budget for periodens år.')];
  if (groups.length === 0) return [...blocks, note('Ingen budgetlinjer er knyttet til indsatsen på Økonomi-arket.')];
  const totals = computeBudgetTotals(budget);
  const years = budget.years.length === 1 ? String(budget.years[0]) : `${budget.years[0]}–${budget.years.at(-1)}`;
  blocks.push(
    gridTable({
      widths: widthsOf([0.46, 0.18, 0.18, 0.18]),
      header: [[`Budgetgruppe, ${years}`, { text: 'Budget (kr.)', align: 'right' }, { text: 'Forbrug (kr.)', align: 'right' }, { text: 'Difference (kr.)', align: 'right' }]],
      body: groups.map((g): Cell[] => {
        const t = totals.groups[g.id]!.total;
        const shared = g.initiativeIds.length > 1 ? ' (fælles)' : '';
        return [`${cleanLine(g.title)}${shared}`, { text: formatKroner(t.budget), align: 'right' }, { text: formatKroner(t.actual), align: 'right' }, { text: formatKroner(t.difference), align: 'right', colour: t.difference < 0 ? COLOURS.status.rød.text : undefined }];
      }),
    }),
  );
  if (groups.some((g) => g.initiativeIds.length > 1)) blocks.push(note('En gruppe markeret »fælles« er knyttet til flere indsatser; beløbene er gruppens hele.'));
  return blocks;
}

/** The groups the initiative names as taking part (Indsatser → Deltagere), with their numbers where given. */
function groupsPart(initiative: InitiativeWithParticipants): Block[] {
  const groups = initiative.participants.filter((p) => cleanLine(p.groupName));
  if (groups.length === 0) return [];
  const text = joinDanish(groups.map((p) => `${cleanLine(p.groupName)}${p.count === null ? '' : ` (${p.count})`}`));
  return [textParagraph(`Indsatsens deltagergrupper (Indsatser-arket, ikke dateret): ${text}.`, { style: STYLE.note })];
}

export function initiativeSection(data: EvaluationData, budget: BudgetData, initiative: InitiativeWithParticipants, e: InitiativeEvaluation): Block[] {
  return [
    heading(nameOf(initiative), 2),
    new Paragraph({ style: STYLE.meta, children: [run(`Ansvarlig: ${cleanLine(initiative.responsible) || 'ikke angivet'}`)] }),
    ...activitiesPart(data, e),
    ...groupsPart(initiative),
    ...learningPart(e),
    ...effectsPart(initiative, e),
    ...moneyPart(budget, initiative),
    label('Samlet vurdering af indsatsen'),
    judgementBox('resultater, læring og effekter for indsatsen'),
  ];
}
