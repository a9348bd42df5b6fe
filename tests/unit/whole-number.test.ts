import { describe, expect, it } from 'vitest';
import { readWholeNumber, type WholeNumberRules } from '../../shared/whole-number';

const minutes: WholeNumberRules = { label: 'Minutter', expected: 'et helt antal minutter', example: 15, min: 0, max: 600 };
const count: WholeNumberRules = { label: 'Antal deltagere', example: 12, min: 0, max: 1_000_000, optional: true };

describe('A whole number typed the Danish way', () => {
  it.each([
    ['15', 15],
    [' 15 ', 15],
    ['0', 0],
    ['600', 600],
    ['007', 7],
  ])('reads "%s" as %i minutes', (text, value) => {
    expect(readWholeNumber(text, minutes)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.200', 1200],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1.000.000', 1_000_000],
    ['1200', 1200],
  ])('reads thousands grouped as "%s" as %i', (text, value) => {
    expect(readWholeNumber(text, count)).toEqual({ ok: true, value });
  });

  it.each(['1,5', '1.5', '15 min', 'abc', '', '   ', '1,0', '12.00', '1.2.3', '15.', '.5', '1e3', '0x10', '+15', '1 5'])(
    'refuses "%s" as minutes with the example',
    (text) => {
      expect(readWholeNumber(text, minutes)).toEqual({ ok: false, message: 'Minutter skal være et helt antal minutter, fx 15' });
    },
  );

  it('says "et helt tal" when the field does not name its unit', () => {
    expect(readWholeNumber('1,5', count)).toEqual({ ok: false, message: 'Antal deltagere skal være et helt tal, fx 12' });
  });

  it('reads an empty optional field as not known', () => {
    expect(readWholeNumber('', count)).toEqual({ ok: true, value: null });
    expect(readWholeNumber('  ', count)).toEqual({ ok: true, value: null });
  });

  it('refuses numbers outside the field’s range, naming the limit', () => {
    expect(readWholeNumber('601', minutes)).toEqual({ ok: false, message: 'Minutter må højst være 600' });
    expect(readWholeNumber('1.200', minutes)).toEqual({ ok: false, message: 'Minutter må højst være 600' });
    expect(readWholeNumber('-5', minutes)).toEqual({ ok: false, message: 'Minutter skal være mindst 0' });
    expect(readWholeNumber('−5', minutes)).toEqual({ ok: false, message: 'Minutter skal være mindst 0' });
    expect(readWholeNumber('2.000.000', count)).toEqual({ ok: false, message: 'Antal deltagere må højst være 1.000.000' });
    expect(readWholeNumber('0', { label: 'Nummer', example: 3, min: 1, max: 999 })).toEqual({ ok: false, message: 'Nummer skal være mindst 1' });
  });

  it('refuses a number too long to hold exactly', () => {
    expect(readWholeNumber('99999999999999999999', { label: 'Antal', example: 3 })).toEqual({ ok: false, message: 'Antal skal være et helt tal, fx 3' });
  });
});
