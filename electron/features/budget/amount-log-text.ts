import { formatKronerExact, fromOre } from '../../../shared/money';

function kroner(value: unknown, fromStored: (n: number) => number): string {
  return typeof value === 'number' ? `${formatKronerExact(fromStored(value))} kr.` : '(tom)';
}

/**
 * A budget amount's "før → efter" as the change log shows it: "forbrug: 1.000 kr. → 12.345,67 kr.".
 * Forbrug is stored in øre, so a raw value would read a hundred times too large. Null for any
 * other table or column, which the change log shows as stored.
 */
export function budgetAmountChangeText(table: string, column: string, before: unknown, after: unknown): string | null {
  if (table !== 'budget_amount') return null;
  if (column === 'actual_ore') return `forbrug: ${kroner(before, fromOre)} → ${kroner(after, fromOre)}`;
  if (column === 'budget') return `budget: ${kroner(before, (n) => n)} → ${kroner(after, (n) => n)}`;
  return null;
}
