// The agenda's shape: the standing items every meeting starts with, and where new items go.
import { STANDING_ITEMS, type AgendaItem, type AgendaItemType, type StandingItemKind } from '../domain/meeting';
import type { WholeNumberRules } from '../whole-number';

export interface StandingItemTemplate {
  standing: StandingItemKind;
  title: string;
  type: AgendaItemType;
  minutes: number;
  recommendation: string[];
}

/** In agenda order: approval first, follow-up next, any other business last. */
export const STANDING_ITEM_TEMPLATES: readonly StandingItemTemplate[] = [
  { standing: 'approveAgenda', title: STANDING_ITEMS.approveAgenda, type: 'Beslutning', minutes: 5, recommendation: ['at dagsordenen godkendes'] },
  { standing: 'followUp', title: STANDING_ITEMS.followUp, type: 'Orientering', minutes: 10, recommendation: ['at orienteringen om handlingerne fra tidligere møder tages til efterretning'] },
  { standing: 'anyOtherBusiness', title: STANDING_ITEMS.anyOtherBusiness, type: 'Orientering', minutes: 5, recommendation: [] },
];

export const DEFAULT_ITEM_MINUTES = 20;
/** Ten hours: more than any meeting, less than a typo like 1500. */
export const MAX_ITEM_MINUTES = 600;
/** How the Minutter field reads what is typed; the API refuses the same range. */
export const ITEM_MINUTES: WholeNumberRules = { label: 'Minutter', expected: 'et helt antal minutter', example: 15, min: 0, max: MAX_ITEM_MINUTES };
export const DEFAULT_START_TIME = '14:00';
export const DEFAULT_END_TIME = '16:00';

/**
 * The 1-based position a new item gets: just before "Eventuelt" when the agenda ends with
 * it, so any other business stays last; otherwise at the end.
 */
export function positionForNewItem(items: ReadonlyArray<Pick<AgendaItem, 'standing'>>): number {
  const last = items.at(-1);
  return last?.standing === 'anyOtherBusiness' ? items.length : items.length + 1;
}

/**
 * The agenda numbers shown and printed ("1", "2" …): only items on the agenda are numbered,
 * so an open or declined proposal does not shift the numbering. Keyed by item id.
 */
export function agendaNumbers(items: ReadonlyArray<Pick<AgendaItem, 'id' | 'proposalState'>>): Map<number, number> {
  const numbers = new Map<number, number>();
  let next = 1;
  for (const item of items) if (item.proposalState === 'accepteret') numbers.set(item.id, next++);
  return numbers;
}

/** "at …" points: each trimmed, empty lines dropped, "at " added where the writer left it out. */
export function normaliseRecommendation(points: readonly string[]): string[] {
  return points
    .map((p) => p.trim().replace(/^[-–•]\s*/, ''))
    .filter(Boolean)
    .map((p) => (/^at\s/i.test(p) ? `at ${p.slice(3).trimStart()}` : `at ${lowerFirstWord(p)}`));
}

/** "Styregruppen godkender" → "styregruppen godkender", but "SOB-enheden" stays as written. */
function lowerFirstWord(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('da-DK') + text.slice(1) : text;
}
