import { describe, expect, it } from 'vitest';
import { parseClipboardTable } from '../../shared/budget-paste';
import { formatKroner, parseKroner } from '../../shared/money';

describe('Danish amounts typed into a cell', () => {
  it.each([
    ['1725000', 1_725_000],
    ['1.725.000', 1_725_000],
    ['1 725 000', 1_725_000],
    ['1\u00a0725\u00a0000', 1_725_000],
    ['1.725.000 kr.', 1_725_000],
    ['1725000,00', 1_725_000],
    ['575.000,-', 575_000],
    ['  143.750 ', 143_750],
    ['0', 0],
    ['100.000.000', 100_000_000],
  ])('reads "%s" as %i', (text, value) => {
    expect(parseKroner(text)).toEqual({ ok: true, value });
  });

  it.each(['', '  ', '-', '–'])('reads "%s" as no amount', (text) => {
    expect(parseKroner(text)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', '"abc" er ikke et beløb (skriv fx 1725000 eller 1.725.000)'],
    ['12a', '"12a" er ikke et beløb (skriv fx 1725000 eller 1.725.000)'],
    ['1.72.5000', '"1.72.5000" er ikke et beløb (skriv fx 1725000 eller 1.725.000)'],
    ['1,725,000', '"1,725,000" er ikke et beløb (skriv fx 1725000 eller 1.725.000)'],
    ['143.750,50', '"143.750,50" er ikke et helt kronebeløb (brug hele kroner, fx 1.725.000)'],
    ['-5', 'Beløbet må ikke være negativt ("-5")'],
    ['−575.000', 'Beløbet må ikke være negativt ("−575.000")'],
    ['100.000.001', 'Beløbet 100.000.001 kr. er over grænsen på 100 mio. kr.'],
    ['250000000', 'Beløbet 250.000.000 kr. er over grænsen på 100 mio. kr.'],
  ])('refuses "%s" with a Danish message', (text, message) => {
    expect(parseKroner(text)).toEqual({ ok: false, message });
  });

  it('formats whole kroner the Danish way', () => {
    expect(formatKroner(2_510_000)).toBe('2.510.000');
    expect(formatKroner(143_750)).toBe('143.750');
    expect(formatKroner(0)).toBe('0');
    expect(formatKroner(-20_000)).toBe('-20.000');
  });
});

describe('reading a block from the clipboard', () => {
  it('reads Excel\'s tab-separated rows with CR LF and a final line break', () => {
    expect(parseClipboardTable('143.750\t575.000\r\n20.000\t0\r\n')).toEqual([['143.750', '575.000'], ['20.000', '0']]);
  });

  it('reads LibreOffice\'s LF rows, empty cells and quoted cells', () => {
    expect(parseClipboardTable('1\t\t3\n"4\t""x"""\t5\t6\n')).toEqual([['1', '', '3'], ['4\t"x"', '5', '6']]);
  });

  it('pads ragged rows to the widest row', () => {
    expect(parseClipboardTable('1\t2\n3')).toEqual([['1', '2'], ['3', '']]);
  });

  it('reads a single value without a line break', () => {
    expect(parseClipboardTable('575000')).toEqual([['575000']]);
  });
});
