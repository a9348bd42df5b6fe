// Rows added offline get the copy's ids; the changes waiting after them are rewritten to the
// server's ids (electron/remote/id-remap.ts), in the outbox file, and a refused add takes the
// changes that name its row with it.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { channelFamily, FAMILY_OF_KEY, remapCall } from '../../electron/remote/id-remap';
import { Outbox } from '../../electron/remote/outbox';
import { tempDir } from '../support/workbooks';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every property name anywhere in a channel's input schema. */
function propertyNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    for (const item of schema) propertyNames(item, into);
  } else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) into.add(name);
      propertyNames(value, into);
    }
  }
  return into;
}

describe('rewriting ids of rows added offline', () => {
  it('knows the family of every id key in the contract (an unknown one would never be rewritten)', () => {
    const idKeys = new Set<string>();
    for (const [channel, spec] of Object.entries(contract)) {
      if (!spec.mutates) continue;
      for (const name of propertyNames(z.toJSONSchema(spec.input as z.ZodType, { unrepresentable: 'any', io: 'input' }))) {
        if (/[a-z]Ids?$/.test(name)) idKeys.add(`${channel}: ${name}`);
      }
    }
    // sourceId's family follows sourceKind (checked below).
    const unknown = [...idKeys].filter((entry) => !(entry.split(': ')[1]! in FAMILY_OF_KEY) && !entry.endsWith(': sourceId'));
    expect(idKeys.size).toBeGreaterThan(5);
    expect(unknown).toEqual([]);
  });

  it('rewrites the row the call names – own ids, named ids, lists, patches, seen values and pasted cells – and nothing else', () => {
    const remap = { family: 'initiatives', from: 7, to: 12 };
    expect(remapCall({ channel: 'initiatives.update', input: { id: 7, patch: { title: 'x' } } }, remap).input).toEqual({ id: 12, patch: { title: 'x' } });
    expect(remapCall({ channel: 'activities.update', input: { id: 7, patch: { initiativeId: 7, hours: 7 }, seen: { initiativeId: 7 } } }, remap).input)
      .toEqual({ id: 7, patch: { initiativeId: 12, hours: 7 }, seen: { initiativeId: 12 } });
    expect(remapCall({ channel: 'budget.groups.update', input: { id: 3, patch: { initiativeIds: [1, 7] } } }, remap).input).toEqual({ id: 3, patch: { initiativeIds: [1, 12] } });
    const pasted = remapCall({ channel: 'grid.paste', input: { cells: [{ channel: 'initiatives.update', input: { id: 7, patch: { title: 'y' } }, where: 'række 7' }] } }, remap);
    expect(pasted.input).toEqual({ cells: [{ channel: 'initiatives.update', input: { id: 12, patch: { title: 'y' } }, where: 'række 7' }] });
    const untouched = { channel: 'members.update', input: { id: 7 } };
    expect(remapCall(untouched, remap)).toBe(untouched);
    expect(channelFamily('meetings.items.add')).toBe('meetings.items');
    // A suggestion's source is rewritten only when its kind names the family of the row.
    const take = { channel: 'meetings.suggestions.take', input: { meetingId: 2, sourceKind: 'fase', sourceId: 7 } };
    expect(remapCall(take, { family: 'plan.phases', from: 7, to: 12 }).input).toEqual({ meetingId: 2, sourceKind: 'fase', sourceId: 12 });
    expect(remapCall(take, { family: 'actions', from: 7, to: 12 })).toBe(take);
  });

  it('never rewrites a place twice: ids that chain (58→59, then 59→60) each reach their own row', () => {
    const dir = tempDir('arbejdsbogen-udbakke-');
    dirs.push(dir);
    const outbox = new Outbox(path.join(dir, 'udbakke.json'));
    const first = outbox.add('program.list.add', { list: 'goal', text: 'A' }, 58);
    const second = outbox.add('program.list.add', { list: 'goal', text: 'B' }, 59);
    outbox.add('program.list.update', { id: 58, text: 'A2' });
    outbox.add('program.list.update', { id: 59, text: 'B2' });
    outbox.remove(first.callId, { family: 'program.list', from: 58, to: 59 });
    outbox.remove(second.callId, { family: 'program.list', from: 59, to: 60 });
    expect(outbox.waiting.map((e) => e.input)).toEqual([{ id: 59, text: 'A2' }, { id: 60, text: 'B2' }]);
    // What is on disk is what a restart sends.
    expect(new Outbox(outbox.file).waiting.map((e) => e.input)).toEqual([{ id: 59, text: 'A2' }, { id: 60, text: 'B2' }]);
  });

  it('moves the changes naming a row whose add the server refused to the refused list with it, saying why', () => {
    const dir = tempDir('arbejdsbogen-udbakke-');
    dirs.push(dir);
    const outbox = new Outbox(path.join(dir, 'udbakke.json'));
    const added = outbox.add('meetings.items.add', { meetingId: 4, title: 'Nyt punkt' }, 31);
    outbox.add('meetings.items.update', { id: 31, patch: { title: 'Nyt punkt, rettet' } });
    const other = outbox.add('meetings.items.update', { id: 30, patch: { title: 'Et andet punkt' } });
    outbox.refuse(added.callId, 'Mødet er låst');
    expect(outbox.waiting.map((e) => e.callId)).toEqual([other.callId]);
    expect(outbox.refused.map((e) => e.message)).toEqual([
      'Mødet er låst',
      'Rækken, ændringen gælder, blev oprettet uden forbindelse, men serveren afviste den: Mødet er låst',
    ]);
    // Read back as a restart would: the same lists.
    const reread = new Outbox(outbox.file);
    expect(reread.waiting.map((e) => e.callId)).toEqual([other.callId]);
    expect(reread.refused.map((e) => e.callId)).toEqual(outbox.refused.map((e) => e.callId));
  });
});
