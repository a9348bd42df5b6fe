import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, parseDanishDate, readDanishDate } from '../../shared/dates';

describe('Danish dates typed by a user', () => {
  it.each([
    ['01102026', '2026-10-01'],
    ['1.10.2026', '2026-10-01'],
    ['01.10.2026', '2026-10-01'],
    ['1-10-2026', '2026-10-01'],
    ['1/10 2026', '2026-10-01'],
    ['011026', '2026-10-01'],
    ['1.10.26', '2026-10-01'],
    ['  31.12.2026 ', '2026-12-31'],
    ['2026-10-01', '2026-10-01'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %j day first as %s', (typed, iso) => {
    expect(readDanishDate(typed)).toEqual({ ok: true, iso });
    expect(parseDanishDate(typed)).toBe(iso);
  });

  it('gives 1. oktober 2026 for 01102026, whatever the locale would say', () => {
    expect(formatDateLong(parseDanishDate('01102026')!)).toBe('1. oktober 2026');
    expect(formatDateShort(parseDanishDate('1.10.2026')!)).toBe('01.10.2026');
  });

  it.each([
    ['31.02.2026', '31.02.2026 findes ikke: februar 2026 har 28 dage'],
    ['29.02.2027', '29.02.2027 findes ikke: februar 2027 har 28 dage'],
    ['31.04.2026', '31.04.2026 findes ikke: april 2026 har 30 dage'],
    ['00.10.2026', '00.10.2026 findes ikke: oktober 2026 har 31 dage'],
    ['01.13.2026', '01.13.2026 findes ikke: et år har 12 måneder'],
    ['NaN', 'Skriv datoen som dd.mm.åååå, fx 01.10.2026'],
    ['1.10', 'Skriv datoen som dd.mm.åååå, fx 01.10.2026'],
    ['0110202', 'Skriv datoen som dd.mm.åååå, fx 01.10.2026'],
    ['', 'Skriv en dato, fx 01.10.2026'],
  ])('refuses %j in Danish', (typed, message) => {
    expect(readDanishDate(typed)).toEqual({ ok: false, message });
    expect(parseDanishDate(typed)).toBeNull();
  });
});
