import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

/** A small deterministic generator, so a failure can be reproduced from the seed. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONE_MB = 'Æ'.repeat(1_000_001);
const HOSTILE_TEXT = '<script>alert(1)</script><img src=x onerror=alert(2)> ‮שלום مرحبا 👩‍👩‍👧‍👦🇩🇰 \u0000\uFFFF' + '{"$gt":""}';
function deep(depth: number): unknown {
  let value: unknown = 'bund';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}
const DEEP = deep(3000);
const HUGE_ARRAY = Array.from({ length: 100_000 }, (_, i) => i);
const PROTO = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') as unknown;

/** Values of every wrong kind, sizes and shapes the renderer (or an attacker in it) could send. */
const WRONG_VALUES: unknown[] = [
  null, undefined, true, false, 0, -1, 1.5, -0, NaN, Infinity, -Infinity, 1e308, 2 ** 53 + 1, Number.MIN_VALUE, 10n ** 30n,
  '', ' ', 'tekst', '1', '-1', 'NaN', '2019-K5', '2026-02-30', ONE_MB, HOSTILE_TEXT, '\u0000',
  [], [1, 2, 3], ['a'], [null], HUGE_ARRAY, {}, { a: 1 }, PROTO, DEEP, new Date(0), new Map([[1, 2]]), new Set([1]),
  new Uint8Array(1024), new ArrayBuffer(8), /regex/,
];

/** Field names of an object schema, if it is one (strictInput, nonEmptyPatch, partial …). */
function shapeOf(schema: unknown): Record<string, z.ZodType> | null {
  const s = schema as { shape?: Record<string, z.ZodType>; def?: { in?: unknown; innerType?: unknown } };
  if (s && typeof s === 'object' && s.shape && typeof s.shape === 'object') return s.shape;
  if (s?.def?.innerType) return shapeOf(s.def.innerType);
  if (s?.def?.in) return shapeOf(s.def.in);
  return null;
}

/** Builds one malformed input for a channel: wrong top level, unknown keys, wrong or oversized fields. */
function malformedInput(schema: z.ZodType, random: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const shape = shapeOf(schema);
  const keys = shape ? Object.keys(shape) : [];
  const strategy = Math.floor(random() * 5);
  if (strategy === 0 || keys.length === 0) {
    if (random() < 0.5) return pick(WRONG_VALUES);
    return { [pick(['ukendt', '__proto__', 'constructor', 'prototype', 'toString', 'x'.repeat(1000)])]: pick(WRONG_VALUES) };
  }
  const input: Record<string, unknown> = {};
  for (const key of keys) {
    const nested = shapeOf(shape![key]);
    if (nested && random() < 0.6) {
      const inner: Record<string, unknown> = {};
      for (const k of Object.keys(nested)) if (random() < 0.5) inner[k] = pick(WRONG_VALUES);
      if (random() < 0.3) inner[pick(['ukendt', 'id', '__proto__'])] = pick(WRONG_VALUES);
      input[key] = inner;
    } else if (random() < 0.7) {
      input[key] = pick(WRONG_VALUES);
    }
  }
  if (strategy === 1) input[pick(['ekstra', 'id', 'sql', '__proto__'])] = pick(WRONG_VALUES);
  if (strategy === 2 && keys.length) delete input[pick(keys)];
  if (strategy === 3 && keys.length) input[pick(keys)] = pick([ONE_MB, HUGE_ARRAY, DEEP, 10n ** 30n, 1e308]);
  return input;
}

const ENGLISH = /\b(invalid|expected|received|required|unrecognized|must|should|too (big|small)|string|number|object|array|undefined|boolean)\b/i;
const DANISH = /[æøå]|\b(skal|må|mangler|ukendt|ikke|intet|kan|tekst|tal|felt|ugyldig|forkert|højst|mindst|tom|kommando|oplysninger)\b/i;

let wb: TestWorkbook;
beforeAll(() => {
  wb = createTestWorkbook();
});
afterAll(() => wb.close());

async function fingerprint(): Promise<string> {
  const dump = JSON.stringify(await wb.call('workbook.dump', {}));
  const log = JSON.stringify(wb.session.requireWorkbook().db.prepare('SELECT * FROM change_set ORDER BY id').all());
  const state = JSON.stringify(wb.session.state());
  const settings = fs.readFileSync(path.join(wb.dir, 'indstillinger', 'indstillinger.json'), 'utf8');
  const files = fs.readdirSync(wb.dir).sort().join('|');
  return crypto.createHash('sha256').update(dump).update(log).update(state).update(settings).update(files).digest('hex');
}

describe('hostile input across every channel of the contract', () => {
  it('refuses ≥ 10.000 malformed, oversized and wrongly typed calls with a Danish message and changes nothing', async () => {
    const channels = Object.keys(contract) as Array<keyof typeof contract>;
    const perChannel = Math.ceil(12_000 / channels.length);
    const random = prng(20261123);
    const before = await fingerprint();
    const messages = new Map<string, string>();
    let calls = 0;
    const perChannelCount: Record<string, number> = {};
    const started = performance.now();
    for (const channel of channels) {
      const schema = contract[channel].input as z.ZodType;
      let sent = 0;
      for (let attempt = 0; sent < perChannel && attempt < perChannel * 20; attempt++) {
        const input = malformedInput(schema, random);
        // Only calls the contract refuses count: a valid call is not hostile input.
        if (schema.safeParse(input ?? {}).success) continue;
        const envelope = await wb.dispatch(channel, input);
        calls++;
        sent++;
        if (envelope.ok) throw new Error(`${channel} accepted a malformed call (${typeof input})`);
        expect(envelope.error.code, `${channel}: ${envelope.error.message}`).toBe('invalid_input');
        messages.set(envelope.error.message, channel);
      }
      perChannelCount[channel] = sent;
    }
    // Channels that do not exist, including the names of Object.prototype.
    for (const name of ['', 'ukendt', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'program.get ', 'PROGRAM.GET', 42, null, undefined, {}, ['program.get']]) {
      for (const input of [undefined, {}, ONE_MB]) {
        const envelope = await wb.dispatch(name, input);
        calls++;
        expect(envelope).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Ukendt kommando' } });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz: ${calls} hostile calls over ${channels.length} channels in ${seconds.toFixed(1)} s, ${messages.size} distinct Danish messages`);
    expect(calls).toBeGreaterThanOrEqual(10_000);
    for (const channel of channels) expect(perChannelCount[channel], channel).toBeGreaterThan(0);
    if (process.env.FUZZ_MESSAGES) console.log([...messages.keys()].join('\n'));
    for (const [message, channel] of messages) {
      expect(message, `${channel}: ${message}`).toMatch(DANISH);
      expect(message, `${channel}: ${message}`).not.toMatch(ENGLISH);
      expect(message.length).toBeLessThan(400);
    }
    expect(await fingerprint()).toBe(before);
    expect(wb.session.requireWorkbook().db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);
});

describe('text is stored as plain text, whatever it holds', () => {
  const MIXED = `${'Langt referat med æøå. '.repeat(45_000)}${HOSTILE_TEXT}\n<b>fed?</b> &amp; 'citat' "dobbelt" \`backtick\` \${skabelon} DROP TABLE program;--`;
  const SHORT = `👩‍👩‍👧‍👦 مرحبا שלום <img src=x onerror=alert(1)> &lt;b&gt; ${'🇩🇰'.repeat(10)}`;

  it('takes 1 MB of text with emoji, right-to-left text and markup, unchanged, in the sheet and in the change log', async () => {
    // Exactly the 1 MB cap in UTF-8: each sentence is 23 characters but 26 bytes (æøå take two).
    const text = MIXED.slice(0, 38_461 * 23 + 14);
    expect(Buffer.byteLength(text)).toBe(1_000_000);
    const sheet = await wb.call('program.update', { patch: { background: text, purpose: SHORT, title: SHORT } });
    expect(sheet.program.background).toBe(text);
    expect(sheet.program.purpose).toBe(SHORT);
    const reread = await wb.call('program.get', {});
    expect(reread.program.background).toBe(text);
    expect(reread.program.title).toBe(SHORT);
    const [entry] = await wb.call('workbook.changeLog', { limit: 1 });
    const summary = entry!.changes[0]!.summary;
    expect(summary).toContain('👩‍👩‍👧‍👦 مرحبا שלום <img src=x onerror=alert(1)> &lt;b&gt;');
    expect(summary).toContain('Langt referat med æøå.');
    // One byte more is refused, in Danish, and nothing changes.
    const refused = await wb.raw('program.update', { patch: { background: `${text}x` } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Teksten i »Baggrund« er for lang: højst 1 MB (den fylder 1,1 MB)' } });
    expect((await wb.call('program.get', {})).program.background).toBe(text);
  });

  it('keeps hostile text as text in initiatives, members and lists', async () => {
    const initiative = await wb.call('initiatives.add', { title: SHORT });
    const updated = await wb.call('initiatives.update', { id: initiative.id, patch: { description: MIXED.slice(0, 500_000), effects: [SHORT, HOSTILE_TEXT] } });
    expect(updated.title).toBe(SHORT);
    expect(updated.effects).toEqual([SHORT, HOSTILE_TEXT]);
    const member = await wb.call('members.add', { name: SHORT.slice(0, 200), email: '' });
    expect(member.name).toBe(SHORT.slice(0, 200));
    const item = await wb.call('program.list.add', { list: 'goal', text: HOSTILE_TEXT });
    expect(item.text).toBe(HOSTILE_TEXT);
    expect((await wb.call('initiatives.list', {})).find((i) => i.id === initiative.id)?.description).toBe(MIXED.slice(0, 500_000));
  });
});
