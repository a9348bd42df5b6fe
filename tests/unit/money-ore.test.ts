import { describe, expect, it } from 'vitest';
import { parseCellAmount } from '../../shared/budget-amount-text';
import { formatKroner, formatKronerExact, hasAtMostTwoDecimals, parseKronerAndOre, toOre } from '../../shared/money';

describe('forbrug with øre and negative corrections, as finance-system exports write them', () => {
  it.each([
    ['12.345,67', 12_345.67],
    ['12345,67', 12_345.67],
    ['-1.250', -1_250],
    ['−1.250,50', -1_250.5],
    ['–1.250,50', -1_250.5],
    ['1.250,5', 1_250.5],
    ['0,01', 0.01],
    ['-0,99', -0.99],
    ['12.345,670', 12_345.67],
    ['1725000,00', 1_725_000],
    ['575.000,-', 575_000],
    ['1 725 000 kr.', 1_725_000],
    ['-0', 0],
    ['100.000.000,00', 100_000_000],
    ['-100.000.000', -100_000_000],
  ])('reads "%s" as %d kr.', (text, value) => {
    const parsed = parseKronerAndOre(text);
    expect(parsed).toEqual({ ok: true, value });
    // Exactly the øre the text says: no float residue on the way to the file.
    if (parsed.ok && parsed.value !== null) expect(Number.isInteger(toOre(parsed.value))).toBe(true);
  });

  it('stores the øre exactly, however the float rounds on the way', () => {
    expect(toOre(12_345.67)).toBe(1_234_567);
    expect(toOre(-1_250.5)).toBe(-125_050);
    expect(toOre(0.1 + 0.2)).toBe(30);
    expect(toOre(99_999_999.99)).toBe(9_999_999_999);
    expect(hasAtMostTwoDecimals(12_345.67)).toBe(true);
    expect(hasAtMostTwoDecimals(99_999_999.99)).toBe(true);
    expect(hasAtMostTwoDecimals(12_345.678)).toBe(false);
    expect(hasAtMostTwoDecimals(0.001)).toBe(false);
    expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false);
  });

  it.each([
    ['12.345,678', '"12.345,678" har mere end to decimaler – skriv kroner og øre, fx 12.345,67'],
    ['0,001', '"0,001" har mere end to decimaler – skriv kroner og øre, fx 12.345,67'],
    ['12345.67', '"12345.67" er ikke et beløb (skriv fx 12.345,67 eller -1.250)'],
    ['1,2,3', '"1,2,3" er ikke et beløb (skriv fx 12.345,67 eller -1.250)'],
    ['abc', '"abc" er ikke et beløb (skriv fx 12.345,67 eller -1.250)'],
    ['100.000.000,01', 'Beløbet 100.000.000,01 kr. er over grænsen på 100 mio. kr.'],
    ['-150.000.000', 'Beløbet -150.000.000 kr. er over grænsen på 100 mio. kr.'],
  ])('refuses "%s" with a Danish message', (text, message) => {
    expect(parseKronerAndOre(text)).toEqual({ ok: false, message });
  });

  it('shows øre only when the amount has any, the Danish way', () => {
    expect(formatKronerExact(12_345.67)).toBe('12.345,67');
    expect(formatKronerExact(12_345)).toBe('12.345');
    expect(formatKronerExact(1_250.5)).toBe('1.250,50');
    expect(formatKronerExact(-1_250)).toBe('-1.250');
    expect(formatKronerExact(-0.05)).toBe('-0,05');
    expect(formatKronerExact(0)).toBe('0');
    expect(formatKronerExact(0.1 + 0.2)).toBe('0,30');
    expect(formatKronerExact(99_999_999.99)).toBe('99.999.999,99');
  });

  it('rounds to whole kroner half away from zero where a document prints whole kroner', () => {
    expect(formatKroner(12_345.67)).toBe('12.346');
    expect(formatKroner(12_345.5)).toBe('12.346');
    expect(formatKroner(12_345.49)).toBe('12.345');
    expect(formatKroner(-1_250.5)).toBe('-1.251');
    expect(formatKroner(-0.4)).toBe('0');
    expect(formatKroner(2_510_000)).toBe('2.510.000');
  });
});

describe('what a budget or forbrug cell accepts', () => {
  it('takes øre and negative corrections in forbrug', () => {
    expect(parseCellAmount('actual', '12.345,67')).toEqual({ ok: true, value: 12_345.67 });
    expect(parseCellAmount('actual', '-1.250')).toEqual({ ok: true, value: -1_250 });
    expect(parseCellAmount('actual', '')).toEqual({ ok: true, value: null });
  });

  it('keeps the budget in whole, non-negative kroner and says why', () => {
    expect(parseCellAmount('budget', '143.750')).toEqual({ ok: true, value: 143_750 });
    expect(parseCellAmount('budget', '143.750,00')).toEqual({ ok: true, value: 143_750 });
    expect(parseCellAmount('budget', '12.345,67')).toEqual({
      ok: false, message: 'Budgettet er i hele kroner, så "12.345,67" kan ikke bruges – skriv fx 12.345 (øre hører til forbruget)',
    });
    expect(parseCellAmount('budget', '-1.250')).toEqual({
      ok: false, message: 'Budgettet kan ikke være negativt ("-1.250") – negative rettelser skrives i forbruget',
    });
    expect(parseCellAmount('budget', '12.345,678')).toEqual({
      ok: false, message: '"12.345,678" er ikke et helt kronebeløb (brug hele kroner, fx 1.725.000)',
    });
    expect(parseCellAmount('budget', 'mange penge')).toEqual({
      ok: false, message: '"mange penge" er ikke et beløb (skriv fx 1725000 eller 1.725.000)',
    });
  });
});
