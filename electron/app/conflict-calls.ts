// The Konflikter list of a shared workbook, answered in the app's main process from the outbox on
// this machine: what each refused change was, mine beside theirs (read from the server through
// workbook.rows), and the two ways out – keep theirs, or send mine again having seen theirs.
import type { Channel } from '../../shared/api/contract';
import { failure, type Envelope } from '../../shared/api/envelope';
import type { StoredRow } from '../../shared/api/workbook-change';
import type { RefusedChangeList } from '../../shared/domain/refused-change';
import { channelFamily, namesRow } from '../remote/id-remap';
import type { RefusedEntry } from '../remote/outbox';
import { describeRefused, rowKey, rowsToRead, withSeenNow, type ReadRow } from '../remote/refused-changes';
import { validateInput } from './dispatcher';

/** The connection's side of the list (RemoteWorkbook). */
export interface RefusedChangeSource {
  readonly refusedChanges: readonly RefusedEntry[];
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  dropRefused(callId: string): boolean;
  sendRefusedAgain(callId: string, input: unknown): Promise<Envelope<unknown>>;
}

export const CONFLICT_CHANNELS: ReadonlySet<string> = new Set<Channel>(['conflicts.list', 'conflicts.takeTheirs', 'conflicts.applyMine']);

/** workbook.rows takes at most this many rows per call. */
const ROWS_PER_CALL = 1000;

/** Reads what the server holds now for these changes; without a connection every row is "not read". */
async function readNow(source: RefusedChangeSource, entries: readonly RefusedEntry[]): Promise<{ read: ReadRow; problem: string | null }> {
  const wanted = rowsToRead(entries);
  const rows = new Map<string, StoredRow | null>();
  for (let start = 0; start < wanted.length; start += ROWS_PER_CALL) {
    const batch = wanted.slice(start, start + ROWS_PER_CALL);
    const answer = await source.invoke('workbook.rows', { rows: batch });
    if (!answer.ok) return { read: () => undefined, problem: `Det, der står i arbejdsbogen nu, kan ikke læses: ${answer.error.message}` };
    (answer.value as Array<StoredRow | null>).forEach((row, i) => rows.set(rowKey(batch[i]!.table, batch[i]!.where), row));
  }
  return { read: (table, where) => rows.get(rowKey(table, where)), problem: null };
}

/**
 * The refused change that added offline the row this one names, if it is still refused: until it
 * is applied the row exists only on this machine – on the server that id is no row, or another's.
 */
function refusedAddOf(entry: RefusedEntry, refused: readonly RefusedEntry[]): RefusedEntry | undefined {
  return refused.find((add) => add !== entry && add.localId !== undefined && namesRow(entry, channelFamily(add.channel), add.localId));
}

async function list(source: RefusedChangeSource): Promise<RefusedChangeList> {
  const entries = [...source.refusedChanges];
  const onServer = entries.filter((entry) => !refusedAddOf(entry, entries));
  const { read, problem } = await readNow(source, onServer);
  // A row only this machine has: nothing of theirs to show.
  const notThere: ReadRow = () => undefined;
  return { changes: entries.map((entry) => describeRefused(entry, onServer.includes(entry) ? read : notThere)), theirsProblem: problem };
}

/** Answers a conflicts.* call for the open shared workbook. */
export async function answerConflictCall(source: RefusedChangeSource, channel: string, input: unknown): Promise<Envelope<unknown>> {
  const parsed = validateInput(channel as Channel, input);
  if (!parsed.ok) return parsed;
  if (channel === 'conflicts.list') return { ok: true, value: await list(source) };
  const { callId } = parsed.value as { callId: string };
  const entry = source.refusedChanges.find((e) => e.callId === callId);
  if (!entry) return failure('not_found', 'Ændringen findes ikke længere blandt konflikterne');
  if (channel === 'conflicts.takeTheirs') {
    source.dropRefused(callId);
    return { ok: true, value: await list(source) };
  }
  const add = refusedAddOf(entry, source.refusedChanges);
  if (add) {
    return failure('refused', `Ændringen gælder en række, du tilføjede uden forbindelse, og som serveren afviste. Anvend først tilføjelsen igen (${describeRefused(add, () => undefined).subject}) – så følger denne ændring med`);
  }
  // Mine goes again having seen what is there now; without that it would only be refused again.
  const { read, problem } = await readNow(source, [entry]);
  if (problem) return failure('refused', `${problem}. Din ændring er ikke sendt; prøv igen, når forbindelsen er tilbage`);
  const answer = await source.sendRefusedAgain(callId, withSeenNow(entry, read));
  // Refused again (a role rule, a locked meeting): it is listed again with the server's words.
  if (!answer.ok) return answer;
  return { ok: true, value: await list(source) };
}
