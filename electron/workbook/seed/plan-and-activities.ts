// What the programme document says about milestones and initiative 1's activities, for the
// default workbook. Seeded after the initiatives, the plan phases and the programme period.
import type { ActivityStatus, PartnerKind } from '../../../shared/domain/activity';
import type { MilestoneKind, MilestoneStatus } from '../../../shared/domain/plan';
import { periodMidpoint } from '../../../shared/quarters';
import type { Transaction } from '../transaction';

/** "De foreløbige idéer … Der er forslag om at etablere …" (indsats 1). */
export const INITIATIVE_1_ACTIVITY_IDEAS: ReadonlyArray<{ name: string; status: ActivityStatus }> = [
  { name: 'Fællesspisning for familier', status: 'idé' },
  { name: 'Lektiecafé for børn og unge', status: 'idé' },
  { name: 'Familie-/forældrekursus', status: 'idé' },
  { name: 'Forældrenetværk', status: 'idé' },
  { name: 'Læseklub for flersprogede drenge', status: 'idé' },
  { name: 'Babybibliotek', status: 'idé' },
];

/** Local actors the document names; activities can be run with them. */
export const PROGRAMME_PARTNERS: ReadonlyArray<{ name: string; kind: PartnerKind; note: string }> = [
  { name: 'Mørkhøj Bibliotek', kind: 'institution', note: 'Den sociale innovators arbejdssted' },
  { name: 'Ung i Gladsaxe', kind: 'institution', note: '' },
  { name: 'Sundhedsplejen', kind: 'institution', note: '' },
  { name: 'Det lokale PPR-team', kind: 'institution', note: 'Sikrer den videre forankring af indsats 3' },
  { name: 'Det boligsociale arbejde i Høje Gladsaxe og Værebro Park', kind: 'boligorganisation', note: 'Inspiration og faglig sparring' },
];

interface SeedMilestone {
  kind: MilestoneKind;
  title: string;
  quarter: string;
  status: MilestoneStatus;
  note: string;
}

/**
 * "Der foretages en midtvejs- og slutevaluering" – the document gives no quarters, so they are
 * proposed: midway in the period and in its last quarter.
 */
export function proposedEvaluations(periodStart: string, periodEnd: string): SeedMilestone[] {
  const why = 'Foreslået ud fra programdokumentet, der ikke angiver tidspunktet. Forelægges styregruppen for social balance i Gladsaxe Kommune.';
  return [
    { kind: 'midtvejsevaluering', title: 'Midtvejsevaluering', quarter: periodMidpoint(periodStart, periodEnd), status: 'foreslået', note: why },
    { kind: 'slutevaluering', title: 'Slutevaluering', quarter: periodEnd, status: 'foreslået', note: why },
  ];
}

export function seedPlanAndActivities(tx: Transaction, periodStart: string, periodEnd: string): void {
  for (const m of proposedEvaluations(periodStart, periodEnd)) tx.insert('milestone', { initiative_id: null, ...m });

  PROGRAMME_PARTNERS.forEach((p, i) => tx.insert('partner', { ...p, contact: '', position: i + 1 }));

  const first = tx.db.prepare('SELECT id FROM initiative WHERE number = 1').pluck().get() as number | undefined;
  if (first === undefined) return;
  INITIATIVE_1_ACTIVITY_IDEAS.forEach((a, i) =>
    tx.insert('activity', { initiative_id: first, name: a.name, status: a.status, position: i + 1, note: 'Idé fra programdokumentet' }),
  );
}
