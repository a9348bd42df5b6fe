// An initiative's own texts: "Beskrivelse af indsats(en):", "Målgruppe:", "Effekt:" – each a
// label opening a part, its text on the same line or in the paragraphs and bullets below. What
// the effects say about follow-up ("Der følges … op …") is the effect follow-up; the participants
// are read from the description's own figures ("I indsatsen indgår 100 medarbejdere fra dagtilbud").
import type { ImportedInitiative } from './imported-programme';

export type InitiativePart = 'description' | 'targetGroup' | 'effects' | 'followUp';

// A label ends in a colon ("Effekt: …"), or stands alone (a heading "Effekt", as Arbejdsbogen's own programdokument writes it).
const LABELS: ReadonlyArray<[InitiativePart, RegExp]> = [
  ['description', /^beskrivelse(?: af indsats(?:en)?)?(?:\s*:\s*|\s*$)/i],
  ['targetGroup', /^målgruppen?(?:\s*:\s*|\s*$)/i],
  ['effects', /^(?:forventede\s+)?effekt(?:er)?(?:\s*:\s*|\s*$)/i],
  ['followUp', /^opfølgning(?: på effekt(?:en|erne)?)?(?:\s*:\s*|\s*$)/i],
];

/** The part a paragraph opens, and its text after the label; null when it opens none. */
export function initiativeLabel(text: string): { part: InitiativePart; rest: string } | null {
  for (const [part, pattern] of LABELS) {
    const m = pattern.exec(text);
    if (m) return { part, rest: text.slice(m[0].length).trim() };
  }
  return null;
}

export interface InitiativeTexts {
  description: string[];
  targetGroup: string[];
  effects: Array<{ text: string; listItem: boolean }>;
  followUp: string[];
}

export function emptyInitiativeTexts(): InitiativeTexts {
  return { description: [], targetGroup: [], effects: [], followUp: [] };
}

const FOLLOW_UP_SENTENCE = /^der følges\b|^effekte(?:n|rne) følges\b|^der følges op/i;

function sentences(text: string): string[] {
  return text.match(/[^.!?]+[.!?]*(\s+|$)/g)?.map((s) => s.trim()).filter(Boolean) ?? [text];
}

/** Effects and their follow-up: bullets are effects; in running text, the follow-up sentences are split off. */
function effectsAndFollowUp(parts: InitiativeTexts): { effects: string[]; followUp: string } {
  const effects: string[] = [];
  const followUp: string[] = [...parts.followUp];
  for (const paragraph of parts.effects) {
    if (paragraph.listItem) {
      effects.push(paragraph.text);
      continue;
    }
    const said = sentences(paragraph.text);
    const follow = said.filter((s) => FOLLOW_UP_SENTENCE.test(s));
    const rest = said.filter((s) => !FOLLOW_UP_SENTENCE.test(s));
    if (rest.length > 0) effects.push(rest.join(' '));
    followUp.push(...follow);
  }
  return { effects, followUp: followUp.join(' ') };
}

const PARTICIPANT_WORDS = 'medarbejdere|deltagere|borgere|familier|forældre|børn|unge|frivillige|lærere|pædagoger';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "I indsatsen indgår 100 medarbejdere fra dagtilbud, 160 medarbejdere fra skolerne, …". */
export function participantsOf(description: string): ImportedInitiative['participants'] {
  const participants: ImportedInitiative['participants'] = [];
  for (const sentence of sentences(description)) {
    // Not \b: JavaScript's word boundary does not know å.
    if (!/(?:^|\s)(?:indgår|deltager)(?=\s|[.,]|$)/i.test(sentence)) continue;
    const counted = [...sentence.matchAll(new RegExp(`(\\d+)\\s+((?:${PARTICIPANT_WORDS})\\b[^,]*?)(?=,\\s*\\d|\\s+og\\s+\\d|[.]?$)`, 'gi'))];
    for (const m of counted) participants.push({ groupName: capitalise((m[2] ?? '').trim().replace(/\.$/, '')), count: Number(m[1]) });
    // "Det lokale PPR team indgår også i forløbet …": a group named without a number.
    const named = /^(.+?)\s+indgår også(?=\s|[.,]|$)/i.exec(sentence);
    if (counted.length === 0 && named?.[1]) participants.push({ groupName: named[1].trim(), count: null });
  }
  return participants;
}

export function initiativeFromTexts(number: number, title: string, parts: InitiativeTexts): ImportedInitiative {
  const description = parts.description.join('\n\n');
  const { effects, followUp } = effectsAndFollowUp(parts);
  return {
    number, title, description,
    targetGroup: parts.targetGroup.join('\n'),
    effects, effectFollowUp: followUp,
    participants: participantsOf(description),
    phases: [],
  };
}
