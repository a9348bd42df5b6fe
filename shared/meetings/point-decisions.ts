// A decision for every "at": each point of an item's Indstilling gets its own outcome and text,
// and any dissent (afvigende mening) recorded on it. Stored per point in point_decision and
// point_dissent (migration 010); this is how the sheet, the decision log, the referat and the
// agenda suggestions read them. An Orientering item's points are taken note of unless the
// minutes say otherwise, so their outcome defaults to "Taget til efterretning" without a row.
import type { AgendaItem, AgendaItemType } from '../domain/meeting';

export const POINT_OUTCOMES = ['Godkendt', 'Godkendt med ændringer', 'Ikke godkendt', 'Udsat', 'Taget til efterretning'] as const;
export type PointOutcome = (typeof POINT_OUTCOMES)[number];

/** The outcome an undecided point of this type reads as: an Orientering is taken note of. */
export function defaultOutcome(type: AgendaItemType): PointOutcome | null {
  return type === 'Orientering' ? 'Taget til efterretning' : null;
}

/** A point's decision as stored. */
export interface PointDecisionRecord {
  id: number;
  itemId: number;
  /** The point's place in the item's Indstilling, from 0. */
  pointIndex: number;
  outcome: PointOutcome | null;
  text: string;
}

/** A dissent recorded on a point: who (a member, or a name) and what they hold. */
export interface PointDissent {
  id: number;
  itemId: number;
  pointIndex: number;
  position: number;
  memberId: number | null;
  name: string;
  text: string;
}

/** One point of an Indstilling with its decision as it reads. */
export interface PointDecision {
  pointIndex: number;
  /** The "at …" text. */
  point: string;
  /** The stored outcome, or the item type's default; null while undecided. */
  outcome: PointOutcome | null;
  /** True when the outcome is the default, not stored. */
  defaulted: boolean;
  text: string;
  dissents: PointDissent[];
}

/** Each point of the item's Indstilling with its decision and dissents, in the Indstilling's order. */
export function pointDecisionsOf(
  item: Pick<AgendaItem, 'id' | 'type' | 'recommendation'>,
  decisions: readonly PointDecisionRecord[],
  dissents: readonly PointDissent[],
): PointDecision[] {
  return item.recommendation.map((point, pointIndex) => {
    const stored = decisions.find((d) => d.itemId === item.id && d.pointIndex === pointIndex);
    const outcome = stored?.outcome ?? defaultOutcome(item.type);
    return {
      pointIndex,
      point,
      outcome,
      defaulted: !stored?.outcome && outcome !== null,
      text: stored?.text ?? '',
      dissents: dissents.filter((d) => d.itemId === item.id && d.pointIndex === pointIndex).sort((a, b) => a.position - b.position || a.id - b.id),
    };
  });
}

/** Whether anything is recorded or read for the point: an outcome, a text or a dissent. */
export function hasDecision(point: PointDecision): boolean {
  return point.outcome !== null || point.text.trim() !== '' || point.dissents.length > 0;
}

/** "Sara Khalil: Lektiecaféen bør fortsætte" – who dissents and what they hold. */
export function dissentSummary(dissent: Pick<PointDissent, 'name' | 'text'>): string {
  const who = dissent.name.trim() || 'Et medlem';
  const text = dissent.text.trim();
  return text ? `${who}: ${text}` : who;
}

/** "Afvigende mening fra Sara Khalil: Lektiecaféen bør fortsætte" – the line the referat shows. */
export function dissentLine(dissent: Pick<PointDissent, 'name' | 'text'>): string {
  return `Afvigende mening fra ${dissentSummary(dissent)}`;
}

/** "Godkendt med ændringer: Åbningstiden flyttes til torsdag." – outcome and text in one line. */
export function outcomeLine(point: Pick<PointDecision, 'outcome' | 'text'>): string {
  const text = point.text.trim();
  if (!point.outcome) return text || 'Ikke besluttet';
  return text ? `${point.outcome}: ${text}` : point.outcome;
}

/**
 * A row of the decision log as one text, for a document's table: the item's own decision as
 * written, or the "at" with its outcome and text, and a line per dissent.
 */
export function decisionLogText(row: { point: string | null; outcome: PointOutcome | null; decision: string; dissents: ReadonlyArray<Pick<PointDissent, 'name' | 'text'>> }): string {
  if (row.point === null) return row.decision;
  return [row.point.trim(), outcomeLine({ outcome: row.outcome, text: row.decision }), ...row.dissents.map(dissentLine)].join('\n');
}
