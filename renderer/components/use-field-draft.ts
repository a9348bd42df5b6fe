// A text field typed in while the workbook changes under it (another member's edit arrives live):
// what is being typed stays, the field remembers the stored value the typing began from – sent as
// `seen`, so the workbook refuses to write over someone else's change made meanwhile – and after
// such a refusal it shows what is stored while keeping the user's text at hand (UnsavedText).
import { useState } from 'react';
import type { ApiFailure } from '../../shared/api/envelope';
import type { Attempt } from '../app/notifications';

export type ChangedBy = NonNullable<ApiFailure['changedBy']>;

/**
 * What a field's save answers: true (or nothing) – stored; false – refused, the field shows the
 * stored value again; conflict – someone else changed the field after the user began, nothing stored.
 */
export type FieldSaveResult = boolean | void | { conflict: ChangedBy };

/** Stores a field: `value` as typed (read), `seen` the stored value the field showed when typing began. */
export type FieldSave = (value: string, seen: string) => Promise<FieldSaveResult> | FieldSaveResult;

/** A field's part of an answer from the workbook (the notifier has shown its message). */
export function fieldOutcome(result: Attempt<unknown>): FieldSaveResult {
  if (result.ok) return true;
  return result.changedBy ? { conflict: result.changedBy } : false;
}

/** The user's text a conflict kept out of the file, and who had changed the field. */
export interface UnsavedText {
  text: string;
  author: string;
}

interface DraftState {
  /** The stored value the field's text is based on: what the user saw when they began typing. */
  base: string;
  /** The stored value the field was given last. */
  latest: string;
  /** The text in the field. */
  draft: string;
  /** A save was sent: the stored value that comes next is the answer, taken whatever it says. */
  awaitingStored: boolean;
  unsaved: UnsavedText | null;
}

const asIs = (stored: string) => stored;

/**
 * The text of a field showing the stored `value` (through `format`, e.g. an ISO date as 31.08.2022).
 * A new stored value replaces the text only when the user is not typing (or it is what they
 * typed); otherwise it waits, and the save that follows carries the value the typing began from.
 */
export function useFieldDraft(value: string, format: (stored: string) => string = asIs) {
  const [state, setState] = useState<DraftState>(() => ({ base: value, latest: value, draft: format(value), awaitingStored: false, unsaved: null }));
  let current = state;
  if (value !== state.latest) {
    const untouched = state.draft === format(state.base);
    current = untouched || state.awaitingStored || state.draft === format(value)
      ? { ...state, base: value, latest: value, draft: format(value), awaitingStored: false }
      : { ...state, latest: value };
    setState(current);
  }
  const showStored = (s: DraftState): DraftState => ({ ...s, base: s.latest, draft: format(s.latest), awaitingStored: false });

  return {
    draft: current.draft,
    /** The stored value the text began from, as the field shows it. */
    storedText: format(current.base),
    /** The field's text differs from the stored value it began from. */
    editing: current.draft !== format(current.base),
    unsaved: current.unsaved,
    edit: (text: string) => setState((s) => ({ ...s, draft: text, awaitingStored: false })),
    /** Escape: the stored value as it is now. */
    restore: () => setState(showStored),
    /**
     * Saves `stored` (the field's text read into the stored form) with the value the typing began
     * from; `shown` is the text the field shows meanwhile (as it will be stored, e.g. 01.10.2026).
     */
    save: async (stored: string, onSave: FieldSave, shown = current.draft) => {
      const typed = current.draft;
      setState((s) => ({ ...s, draft: shown, awaitingStored: true }));
      const result = await onSave(stored, current.base);
      if (result === false) setState(showStored);
      else if (typeof result === 'object') setState((s) => ({ ...showStored(s), unsaved: { text: typed, author: result.conflict.author } }));
    },
    /** Puts the unsaved text back in the field, now based on the stored value the user sees. */
    takeUnsaved: () => setState((s) => (s.unsaved ? { ...s, base: s.latest, draft: s.unsaved.text, awaitingStored: false, unsaved: null } : s)),
    discardUnsaved: () => setState((s) => ({ ...s, unsaved: null })),
  };
}
