import { z } from 'zod';
import type { StoredRow } from './workbook-change';
import type { RefusedChangeList } from '../domain/refused-change';
import { WORKBOOK_TABLES } from '../workbook-tables';
import { query } from './channel';
import { noInput, requiredText, strictInput } from './validation';

const callId = requiredText('Ændringen', 100);

const tableNames = Object.keys(WORKBOOK_TABLES) as [string, ...string[]];

/** One stored row, found by its id or by columns of its own (a budget amount: line and year). */
const rowLookup = strictInput(
  {
    table: z.enum(tableNames, { error: 'Ukendt tabel' }),
    where: z.record(z.string(), z.union([z.number(), z.string().max(500)]), { error: 'Rækken skal angives med kolonner' }),
  },
  'rækken',
).superRefine(({ table, where }, ctx) => {
  const columns = WORKBOOK_TABLES[table]?.columns ?? {};
  const names = Object.keys(where);
  if (!names.length) ctx.addIssue({ code: 'custom', message: 'Rækken skal angives med mindst én kolonne' });
  for (const name of names) {
    if (name !== 'id' && !(name in columns)) ctx.addIssue({ code: 'custom', message: `Ukendt kolonne: ${name}` });
  }
});

/**
 * The Konflikter list of a shared workbook: answered by the app's router from the outbox on this
 * machine (for a local workbook the list is empty), never by the server. workbook.rows reads
 * what is stored now, which the list shows as »theirs«.
 */
export const conflictChannels = {
  'conflicts.list': query<RefusedChangeList>()(noInput),
  /** Keeps what the server holds: the refused change is dropped. */
  'conflicts.takeTheirs': query<RefusedChangeList>()(strictInput({ callId })),
  /** Sends mine again as a new change, having seen the value stored now; a refusal keeps it listed with the new reason. */
  'conflicts.applyMine': query<RefusedChangeList>()(strictInput({ callId })),
  /** Stored rows as they are now (null where none matches). */
  'workbook.rows': query<Array<StoredRow | null>>()(
    strictInput({ rows: z.array(rowLookup, { error: 'Rækkerne skal være en liste' }).max(1000, { error: 'Der kan højst læses 1.000 rækker ad gangen' }) }),
  ),
};
