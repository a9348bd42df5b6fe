// One Tab stop for a row of related buttons (the sheet tabs, a view switch, filters, status
// steps), with the arrow keys moving inside it, as WAI-ARIA's tabs, radio group and toolbar
// patterns do: so Tab goes from the sheet tabs to a sheet's editor in a few presses, however
// many buttons a group has. The current item has tabIndex 0, the others -1.
import type { KeyboardEvent } from 'react';

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/** tabIndex for an item: only the current one is a Tab stop. */
export const rovingTabIndex = (current: boolean): 0 | -1 => (current ? 0 : -1);

/**
 * onKeyDown for the group's container: arrows, Home and End move the focus among its buttons.
 * With `select`, the focused button is also pressed (tabs and single-choice switches, where
 * the choice follows the focus); without, Enter or Space presses it (steps with consequences).
 */
export function moveFocusInGroup(event: KeyboardEvent<HTMLElement>, options: { select?: boolean } = {}): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const forward = NEXT.has(event.key);
  if (!forward && !PREVIOUS.has(event.key) && event.key !== 'Home' && event.key !== 'End') return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button')).filter((b) => !b.disabled);
  const index = items.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0 || items.length === 0) return;
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : (index + (forward ? 1 : -1) + items.length) % items.length;
  event.preventDefault();
  const target = items[next]!;
  target.focus();
  if (options.select) target.click();
}
