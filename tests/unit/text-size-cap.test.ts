// Issue "The file is the group's record", item 15: a text field takes what a person writes – at
// most 1 MB, counted in UTF-8 bytes as the file stores it, not in characters – and `check` names a
// longer text that another tool wrote into the file.
import { afterEach, describe, expect, it } from 'vitest';
import { longText, MAX_TEXT_BYTES, utf8ByteLength } from '../../shared/api/validation';
import { runChecks } from '../../electron/features/checks';
import { createDocumentSession, type DocumentSession } from '../support/document-session';

let s: DocumentSession | undefined;
afterEach(() => {
  s?.close();
  s = undefined;
});

describe('the 1 MB cap on a text field', () => {
  it('counts UTF-8 bytes: æ is two, an emoji four, a lone surrogate three (as stored)', () => {
    expect(MAX_TEXT_BYTES).toBe(1_000_000);
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('æøå')).toBe(6);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('👩‍👩‍👧')).toBe(Buffer.byteLength('👩‍👩‍👧'));
    expect(utf8ByteLength('a\uD800b')).toBe(Buffer.byteLength('a\uD800b'));
    const mixed = `Fællesspisning ${'🇩🇰 مرحبا '.repeat(100)}`;
    expect(utf8ByteLength(mixed)).toBe(Buffer.byteLength(mixed));
  });

  it('takes exactly 1 MB and refuses one byte more, in Danish, whether the text is ASCII or Danish letters', () => {
    const schema = longText('Baggrund');
    expect(schema.safeParse('a'.repeat(1_000_000)).success).toBe(true);
    expect(schema.safeParse('æ'.repeat(500_000)).success).toBe(true);
    // 600.000 characters – under the old cap of 1.000.000 characters – but 1,2 MB.
    const refused = schema.safeParse('æ'.repeat(600_000));
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe('Teksten i »Baggrund« er for lang: højst 1 MB (den fylder 1,2 MB)');
    // One byte over is never shown as "1,0 MB".
    expect(schema.safeParse(`${'a'.repeat(999_999)}æ`).error!.issues[0]!.message).toBe('Teksten i »Baggrund« er for lang: højst 1 MB (den fylder 1,1 MB)');
  });

  it('refuses a too long text through the dispatcher and changes nothing', async () => {
    s = createDocumentSession();
    const before = (await s.call('program.get', {})).program.background;
    const refused = await s.raw('program.update', { patch: { background: 'ø'.repeat(700_000) } });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Teksten i »Baggrund« er for lang: højst 1 MB (den fylder 1,4 MB)' } });
    expect((await s.call('program.get', {})).program.background).toBe(before);
    const item = (await s.call('initiatives.list', {}))[0]!;
    const tooLong = await s.raw('initiatives.update', { id: item.id, patch: { description: '😀'.repeat(300_000) } });
    expect(tooLong).toMatchObject({ ok: false, error: { message: 'Teksten i »Beskrivelse« er for lang: højst 1 MB (den fylder 1,2 MB)' } });
  });

  it('check names a stored text above 1 MB that another tool wrote, and nothing at exactly 1 MB', () => {
    s = createDocumentSession();
    const wb = s.session.requireWorkbook();
    expect(runChecks(wb).problems.filter((p) => /MB/.test(p.message))).toEqual([]);
    wb.db.prepare('UPDATE program SET background = ?').run('a'.repeat(1_000_000));
    expect(runChecks(wb).problems.filter((p) => /MB/.test(p.message))).toEqual([]);
    wb.db.prepare('UPDATE program SET background = ?, purpose = ?').run('æ'.repeat(1_250_000), 'kort');
    const id = wb.db.prepare('SELECT id FROM initiative ORDER BY id LIMIT 1').pluck().get() as number;
    wb.db.prepare('UPDATE initiative SET description = ? WHERE id = ?').run('x'.repeat(20_000_000), id);
    const problems = runChecks(wb).problems.filter((p) => /MB/.test(p.message));
    expect(problems).toEqual([
      { severity: 'advarsel', area: 'Program', message: 'Program 1: baggrund fylder 2,5 MB – mere end de 1 MB, et tekstfelt kan rumme. Teksten er skrevet af et andet program; Word-dokumenterne bliver langsomme' },
      { severity: 'advarsel', area: 'Indsatser', message: `Indsats ${id}: beskrivelse fylder 20 MB – mere end de 1 MB, et tekstfelt kan rumme. Teksten er skrevet af et andet program; Word-dokumenterne bliver langsomme` },
    ]);
  }, 30_000);
});
