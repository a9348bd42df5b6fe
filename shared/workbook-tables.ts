// Every table the mutation path records, as the user knows it: its Danish name, the sheet where
// it is edited, and each column's Danish label and kind of value. The change log, the sheet
// filter and the undo message all read this one map. A new table or column gets its line here;
// tests/unit/workbook-tables.test.ts fails until it has one.
import { PROGRAM_FIELDS, PROGRAM_LISTS } from './domain/program';
import { STANDING_ITEMS } from './domain/meeting';
import { WEEKDAY_CHOICES } from './meetings/series';
import type { SheetId } from './sheets';

/**
 * How a column's values are shown. 'kroner' holds whole kroner, 'øre' hundredths of a krone;
 * 'reference' is the id of another row; 'list' a JSON array of texts; 'choice' a stored key
 * shown by its Danish name (choices).
 */
export type ValueKind = 'text' | 'count' | 'year' | 'kroner' | 'øre' | 'date' | 'time' | 'quarter' | 'yesNo' | 'list' | 'choice' | 'reference';

export interface ColumnInfo {
  label: string;
  kind: ValueKind;
  /** For 'choice': stored key → Danish name. */
  choices?: Readonly<Record<string, string>>;
}

export interface TableInfo {
  /** Danish, singular: "Indsats", "Beløb". */
  label: string;
  sheet: SheetId;
  columns: Readonly<Record<string, ColumnInfo>>;
}

const text = (label: string): ColumnInfo => ({ label, kind: 'text' });
const count = (label: string): ColumnInfo => ({ label, kind: 'count' });
const date = (label: string): ColumnInfo => ({ label, kind: 'date' });
const quarter = (label: string): ColumnInfo => ({ label, kind: 'quarter' });
const reference = (label: string): ColumnInfo => ({ label, kind: 'reference' });
const yesNo = (label: string): ColumnInfo => ({ label, kind: 'yesNo' });
const position = count('placering');

/** "Programmets titel" → "programmets titel" (labels stand inside a sentence); "J. nr." stays. */
function inSentence(label: string): string {
  return /^\p{Lu}[\p{Ll} ]/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The Program sheet's fields under the names the sheet itself gives them. */
const programColumns: Record<string, ColumnInfo> = Object.fromEntries(
  Object.entries(PROGRAM_FIELDS).map(([field, label]) => [
    snakeCase(field),
    { label: inSentence(label), kind: field === 'periodStart' || field === 'periodEnd' ? 'quarter' : field === 'approvedOn' ? 'date' : 'text' } satisfies ColumnInfo,
  ]),
);

const choice = (label: string, choices: Readonly<Record<string, string>>): ColumnInfo => ({ label, kind: 'choice', choices });

export const WORKBOOK_TABLES: Readonly<Record<string, TableInfo>> = {
  program: { label: 'Program', sheet: 'program', columns: programColumns },
  program_list_item: {
    label: 'Punkt på programmets lister', sheet: 'program',
    columns: { list: choice('liste', PROGRAM_LISTS), position, text: text('tekst') },
  },
  // The traffic lights' thresholds (migration 013), shown on the Program sheet.
  status_rules: {
    label: 'Regler for trafiklys', sheet: 'program',
    columns: {
      economy_red_percent: count('økonomi rød ved overskridelse over (%)'), economy_yellow_percent: count('økonomi gul ved overskridelse over (%)'),
      time_red_months: count('tid rød ved forsinkelse over (måneder)'), time_yellow_months: count('tid gul ved forsinkelse på mindst (måneder)'),
    },
  },
  // A goal linked to an initiative or an activity (migration 015), set on the Program sheet.
  goal_link: {
    label: 'Målets indsats eller aktivitet', sheet: 'program',
    columns: { goal_id: reference('mål'), initiative_id: reference('indsats'), activity_id: reference('aktivitet') },
  },
  member: {
    label: 'Medlem af styregruppen', sheet: 'program',
    columns: { position, name: text('navn'), role: text('rolle'), organisation: text('organisation'), email: text('e-mail') },
  },
  initiative: {
    label: 'Indsats', sheet: 'initiatives',
    columns: {
      position, number: count('nummer'), title: text('titel'), responsible: text('ansvarlig'), status: text('status'),
      status_reason: text('begrundelse'), target_group: text('målgruppe'), description: text('beskrivelse'),
      effects: { label: 'forventede effekter', kind: 'list' }, effect_follow_up: text('opfølgning på effekter'),
    },
  },
  initiative_participant: {
    label: 'Deltagergruppe', sheet: 'initiatives',
    columns: { initiative_id: reference('indsats'), position, group_name: text('deltagergruppe'), count: count('antal') },
  },
  partner: {
    label: 'Partner', sheet: 'initiatives',
    columns: { position, name: text('navn'), kind: text('type'), contact: text('kontakt'), note: text('note') },
  },
  activity: {
    label: 'Aktivitet', sheet: 'initiatives',
    columns: {
      initiative_id: reference('indsats'), position, name: text('navn'), status: text('status'), local_owner: text('forankring (lokal ejer)'),
      start_date: date('start'), participants: count('deltagere'), note: text('note'),
    },
  },
  activity_partner: {
    label: 'Aktivitetens partner', sheet: 'initiatives',
    columns: { activity_id: reference('aktivitet'), partner_id: reference('partner') },
  },
  follow_up: {
    label: 'Opfølgning', sheet: 'initiatives',
    columns: { initiative_id: reference('indsats'), date: date('dato'), form: text('form'), with_whom: text('med hvem'), learnt: text('hvad vi lærte') },
  },
  plan_phase: {
    label: 'Fase', sheet: 'plan',
    columns: {
      initiative_id: reference('indsats'), position, title: text('tekst'), start_quarter: quarter('startkvartal'),
      end_quarter: quarter('slutkvartal'), status: text('status'),
    },
  },
  milestone: {
    label: 'Milepæl', sheet: 'plan',
    columns: { initiative_id: reference('indsats'), kind: text('type'), title: text('navn'), quarter: quarter('kvartal'), status: text('status'), note: text('note') },
  },
  budget_group: { label: 'Budgetgruppe', sheet: 'budget', columns: { position, title: text('navn') } },
  budget_group_initiative: {
    label: 'Budgetgruppens indsats', sheet: 'budget',
    columns: { group_id: reference('budgetgruppe'), initiative_id: reference('indsats') },
  },
  budget_line: {
    label: 'Budgetlinje', sheet: 'budget',
    columns: { group_id: reference('budgetgruppe'), position, cost_type: text('navn') },
  },
  budget_amount: {
    label: 'Beløb', sheet: 'budget',
    columns: {
      line_id: reference('budgetlinje'), year: { label: 'år', kind: 'year' },
      budget: { label: 'budget', kind: 'kroner' },
      // Forbrug is kept in øre (migration 005), so spending can be entered to the øre.
      actual_ore: { label: 'forbrug', kind: 'øre' },
      // Disponeret and prognose likewise (migration 014); an empty prognose is forbrug + disponeret.
      committed_ore: { label: 'disponeret', kind: 'øre' },
      forecast_ore: { label: 'prognose', kind: 'øre' },
      deviation_note: text('afvigelsesforklaring'),
    },
  },
  budget_employment: {
    label: 'Ansættelse', sheet: 'budget',
    columns: {
      line_id: reference('budgetlinje'), position, title: text('stilling'), annual_salary: { label: 'årsløn', kind: 'kroner' },
      start_quarter: quarter('ansat fra'), end_quarter: quarter('ansat til'),
    },
  },
  meeting: {
    label: 'Møde', sheet: 'meetings',
    columns: {
      date: date('dato'), start_time: { label: 'start', kind: 'time' }, end_time: { label: 'slut', kind: 'time' }, place: text('sted'),
      status: text('status'), unlocked: yesNo('låst op'), facts_revised_on: date('tid eller sted ændret efter udsendelse'),
    },
  },
  meeting_participant: {
    label: 'Mødedeltager', sheet: 'meetings',
    columns: {
      meeting_id: reference('møde'), position, member_id: reference('medlem'), name: text('navn'), role: text('rolle'),
      present: yesNo('til stede'), absence_note: text('bemærkning om afbud'),
    },
  },
  agenda_item: {
    label: 'Dagsordenspunkt', sheet: 'meetings',
    columns: {
      meeting_id: reference('møde'), position, title: text('titel'), type: text('type'), presenter: text('fremlægges af'),
      minutes: count('minutter'), initiative_id: reference('indsats'), recommendation: { label: 'indstilling', kind: 'list' },
      case_text: text('sagsfremstilling'), standing: choice('fast punkt', STANDING_ITEMS), proposed_by: text('foreslået af'),
      proposal_state: text('forslagets status'), decline_reason: text('begrundelse for afvisning'), minutes_text: text('referat'),
      decision: text('beslutning'), revision: text('ændring efter udsendelse'), revised_on: date('ændret den'),
      source_kind: text('forslagets kilde'), source_id: reference('kildens række'),
    },
  },
  withdrawn_agenda_item: {
    label: 'Trukket dagsordenspunkt', sheet: 'meetings',
    columns: { meeting_id: reference('møde'), item_id: reference('dagsordenspunkt'), title: text('titel'), withdrawn_on: date('trukket den') },
  },
  attachment: {
    label: 'Bilag', sheet: 'meetings',
    columns: { item_id: reference('dagsordenspunkt'), position, name: text('navn'), path: text('fil') },
  },
  meeting_series: {
    label: 'Mødeplan', sheet: 'meetings',
    columns: {
      title: text('navn'), start_time: { label: 'start', kind: 'time' }, end_time: { label: 'slut', kind: 'time' }, place: text('sted'),
      every_weeks: count('hver n. uge'), weekday: choice('ugedag', WEEKDAY_CHOICES), first_date: date('første dato'), last_date: date('sidste dato'),
    },
  },
  series_template_item: {
    label: 'Punkt i mødeplanens skabelon', sheet: 'meetings',
    columns: {
      series_id: reference('mødeplan'), position, standing: choice('fast punkt', STANDING_ITEMS), title: text('titel'), type: text('type'),
      presenter: text('fremlægges af'), minutes: count('minutter'), recommendation: { label: 'indstilling', kind: 'list' },
    },
  },
  series_meeting: {
    label: 'Møde i mødeplanen', sheet: 'meetings',
    columns: { series_id: reference('mødeplan'), meeting_id: reference('møde') },
  },
  series_agenda_item: {
    label: 'Dagsordenspunkt fra skabelonen', sheet: 'meetings',
    columns: { template_item_id: reference('punkt i skabelonen'), item_id: reference('dagsordenspunkt') },
  },
  // Actions are agreed and followed up on a meeting's page; Handlinger og beslutninger only lists them.
  action_item: {
    label: 'Handling', sheet: 'meetings',
    columns: {
      meeting_id: reference('møde'), item_id: reference('dagsordenspunkt'), position, what: text('hvad'), who: text('hvem'),
      member_id: reference('medlem'), deadline: date('frist'), status: text('status'), completed_on: date('færdig den'),
    },
  },
  // A decision for every "at" of an item's Indstilling (migration 010).
  point_decision: {
    label: 'Beslutning om et "at"', sheet: 'meetings',
    columns: { item_id: reference('dagsordenspunkt'), point_index: count('"at" nr. (fra 0)'), outcome: text('udfald'), text: text('beslutning') },
  },
  point_dissent: {
    label: 'Afvigende mening', sheet: 'meetings',
    columns: {
      item_id: reference('dagsordenspunkt'), point_index: count('"at" nr. (fra 0)'), position, member_id: reference('medlem'), name: text('navn'),
      text: text('afvigende mening'),
    },
  },
};

/** The sheets that hold tables, in tab order: what the change log can be filtered by. */
export const SHEETS_WITH_TABLES = ['program', 'initiatives', 'plan', 'budget', 'meetings'] as const satisfies readonly SheetId[];
export type SheetWithTables = (typeof SHEETS_WITH_TABLES)[number];

export function tablesOfSheet(sheet: SheetId): string[] {
  return Object.keys(WORKBOOK_TABLES).filter((table) => WORKBOOK_TABLES[table]!.sheet === sheet);
}

/** The sheets a change to these tables concerns, in tab order. */
export function sheetsOfTables(tables: readonly string[]): SheetId[] {
  const touched = new Set(tables.map((t) => WORKBOOK_TABLES[t]?.sheet));
  return SHEETS_WITH_TABLES.filter((sheet) => touched.has(sheet));
}

export function tableLabel(table: string): string {
  return WORKBOOK_TABLES[table]?.label ?? table;
}

/** A column's info; a column this map does not know is shown by its own name, as text. */
export function columnInfo(table: string, column: string): ColumnInfo {
  return WORKBOOK_TABLES[table]?.columns[column] ?? { label: column, kind: 'text' };
}
