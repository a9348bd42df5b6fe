// A row added while the server could not be reached gets its id from this machine's copy; the
// server may give it another (someone else added a row meanwhile). Changes waiting after the add
// still name the copy's id, so when the server answers the add, those names are rewritten to the
// server's id before they are sent – or an edit of "my new activity" would land on someone
// else's row.

/** What the server's answer to an add said: in `family`, the copy's row `from` is the server's `to`. */
export interface IdRemap {
  family: string;
  from: number;
  to: number;
}

/** 'activities.add' → 'activities', 'meetings.items.update' → 'meetings.items'. */
export function channelFamily(channel: string): string {
  return channel.slice(0, channel.lastIndexOf('.'));
}

/**
 * Which family's rows an input key names; `id`/`ids` name the call's own. A key missing here is
 * never rewritten, so tests/unit/id-remap.test.ts checks that every id key in the contract is in it.
 */
export const FAMILY_OF_KEY: Readonly<Record<string, string>> = {
  initiativeId: 'initiatives',
  initiativeIds: 'initiatives',
  meetingId: 'meetings',
  itemId: 'meetings.items',
  lineId: 'budget.lines',
  afterLineId: 'budget.lines',
  groupId: 'budget.groups',
  memberId: 'members',
  partnerIds: 'partners',
  // A goal is a row of the Program sheet's lists (program.list.add); links name goals and activities.
  goalId: 'program.list',
  activityId: 'activities',
  activityIds: 'activities',
  // Template items are made only inside meetings.series.add, whose answer names the series: never rewritten.
  templateItemId: 'meetings.series.template',
};

/** A suggestion taken onto the agenda names its source by kind and id: the kind says the family. */
const FAMILY_OF_SOURCE_KIND: Readonly<Record<string, string>> = {
  handling: 'actions',
  fase: 'plan.phases',
  milepæl: 'plan.milestones',
  budgetlinje: 'budget.lines',
  indsats: 'initiatives',
  forslag: 'meetings.items',
  'udsat punkt': 'meetings.items',
};

function familyOfKey(key: string, channel: string, record: Record<string, unknown>): string | null {
  if (key === 'id' || key === 'ids') return channelFamily(channel);
  if (key === 'sourceId') return FAMILY_OF_SOURCE_KIND[String(record.sourceKind)] ?? null;
  return FAMILY_OF_KEY[key] ?? null;
}

export interface RemappableCall {
  channel: string;
  input: unknown;
  /** Places in the input already rewritten once: never rewritten again (ids may chain 58→59, 59→60). */
  remapped?: string[];
}

/** The call with every name of the copy's row replaced by the server's id; the same object when none. */
export function remapCall<T extends RemappableCall>(call: T, remap: IdRemap): T {
  const done = new Set(call.remapped ?? []);
  const added: string[] = [];
  const rewrite = (value: unknown, where: string, channel: string, family: string | null): unknown => {
    if (typeof value === 'number') {
      if (family !== remap.family || value !== remap.from || done.has(where)) return value;
      added.push(where);
      return remap.to;
    }
    if (Array.isArray(value)) return value.map((item, index) => rewrite(item, `${where}[${index}]`, channel, family));
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    // A pasted block's cells each name their own channel.
    const own = typeof record.channel === 'string' ? record.channel : channel;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      const nested = typeof item === 'object' && item !== null && !Array.isArray(item);
      result[key] = rewrite(item, `${where}.${key}`, own, nested ? null : familyOfKey(key, own, record));
    }
    return result;
  };
  const input = rewrite(call.input, '', call.channel, null);
  if (added.length === 0) return call;
  return { ...call, input, remapped: [...done, ...added] };
}

/** Whether the call names the copy's row `id` of `family` (and was not rewritten there already). */
export function namesRow(call: RemappableCall, family: string, id: number): boolean {
  return remapCall(call, { family, from: id, to: id }) !== call;
}
