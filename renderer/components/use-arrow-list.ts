import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * A popup list of checkboxes and fields inside a grid cell (partners, a goal's links): the first
 * field has focus when it opens and ↑/↓ move between the fields, since Tab belongs to the grid
 * (on to the next cell) and Space ticks.
 */
export function useArrowList() {
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const fields = [...(listRef.current?.querySelectorAll<HTMLInputElement>('input') ?? [])];
    const at = fields.indexOf(event.target as HTMLInputElement);
    event.preventDefault();
    fields[Math.max(0, Math.min(fields.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  return { listRef, onKeyDown };
}
