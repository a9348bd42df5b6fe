import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';
import { workbookFingerprint } from '../support/workbook-fingerprint';

let wb: TestWorkbook;
afterEach(() => wb?.close());

// Inputs no channel accepts: wrong shapes, unknown fields, wrong types.
const MALFORMED: unknown[] = ['tekst', 42, [], true, { ukendtFelt: 1 }, { id: 'x', patch: { title: 5 } }, { id: -1 }];

const DANISH = /[æøå]|ikke|skal|må|Ukendt|Oplysningerne|mangler|Der er/i;

describe('every channel validates its input against the contract', () => {
  it('refuses malformed input on every channel with a Danish message and changes nothing', async () => {
    wb = createTestWorkbook();
    const before = workbookFingerprint(wb.session.current!);
    for (const channel of Object.keys(contract)) {
      for (const input of MALFORMED) {
        const result = await wb.raw(channel, input);
        // A channel without input accepts only {}, so every malformed value must be refused.
        expect(result.ok, `${channel} accepterede ${JSON.stringify(input)}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(DANISH);
        }
      }
    }
    expect(workbookFingerprint(wb.session.current!)).toBe(before);
  });

  it('refuses unknown channels', async () => {
    wb = createTestWorkbook();
    for (const channel of ['', 'drop.table', '__proto__', 'constructor', 42, null]) {
      const result = await wb.raw(channel as string, {});
      expect(result).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Ukendt kommando' } });
    }
  });

  it.each([
    ['program.update', { patch: { title: '   ' } }, 'Programmets titel må ikke være tom'],
    ['program.update', { patch: { periodStart: '2019-K5' } }, 'Periode fra (kvartal) skal være et kvartal som 2019-K2'],
    ['program.update', { patch: { periodStart: '2023-K1' } }, 'Perioden kan ikke slutte, før den begynder'],
    // A typo in the year must not reach the file: 0219 bricked the window, 9022 blocked the programme document.
    ['program.update', { patch: { periodStart: '0219-K2' } }, 'Periode fra (kvartal) skal ligge mellem 1990 og 2100'],
    ['program.update', { patch: { periodEnd: '9022-K4' } }, 'Periode til (kvartal) skal ligge mellem 1990 og 2100'],
    ['budget.employments.add', { lineId: 1, startQuarter: '0001-K1' }, 'Ansat fra skal ligge mellem 1990 og 2100'],
    ['budget.employments.update', { id: 1, patch: { endQuarter: '9022-K4' } }, 'Ansat til skal ligge mellem 1990 og 2100'],
    ['plan.milestones.add', { kind: 'andet', title: 'X', quarter: '2190-K1' }, 'Milepælens kvartal skal ligge mellem 1990 og 2100'],
    ['budget.amounts.set', { cells: [{ lineId: 1, year: 1989, measure: 'budget', value: 1 }] }, 'År skal ligge mellem 1990 og 2100'],
    ['meetings.update', { id: 1, patch: { date: '0219-05-01' } }, 'Dato skal ligge mellem 1990 og 2100'],
    ['program.update', { patch: {} }, 'Der er intet at ændre i programmet'],
    ['program.update', { patch: { sletAlt: 'ja' } }, 'Ukendt felt i programmet: sletAlt'],
    ['members.update', { id: 1, patch: { email: 'ikke-en-adresse' } }, 'E-mail skal være en gyldig e-mailadresse'],
    ['initiatives.update', { id: 1, patch: { status: 'blå' } }, 'Status skal være grøn, gul eller rød'],
    ['initiatives.update', { id: 1, patch: { number: 0 } }, 'Nummer skal være mindst 1'],
    ['initiatives.update', { id: 999, patch: { title: 'X' } }, 'Indsatsen findes ikke'],
    ['initiatives.participants.add', { initiativeId: 3, groupName: 'Lærere', count: -5 }, 'Antal deltagere må ikke være negativt'],
    ['user.set', { name: '', role: 'Formand' }, 'Navn må ikke være tomt'],
    ['user.set', { name: 'A', role: 'Konge' }, 'Rolle skal være en af'],
    ['workbook.openRecent', { path: '/etc/passwd' }, 'Filen er ikke blandt de seneste filer'],
  ])('%s %j → "%s"', async (channel, input, message) => {
    wb = createTestWorkbook();
    const before = workbookFingerprint(wb.session.current!);
    const result = await wb.raw(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
    expect(workbookFingerprint(wb.session.current!)).toBe(before);
  });

  it('refuses a second initiative with the same number', async () => {
    wb = createTestWorkbook();
    const result = await wb.raw('initiatives.update', { id: 2, patch: { number: 1 } });
    expect(result).toMatchObject({ ok: false, error: { message: 'Der findes allerede en indsats med nummer 1' } });
  });

  it('accepts long texts, emoji, right-to-left text and markup as plain text', async () => {
    wb = createTestWorkbook();
    const text = `<script>alert(1)</script> ${'&amp;'.repeat(10)} 👩‍👩‍👧 مرحبا بالعالم ${'x'.repeat(100_000)}`;
    await wb.call('program.update', { patch: { background: text } });
    expect((await wb.call('program.get', {})).program.background).toBe(text);
  });
});
