import { describe, expect, it } from 'vitest';
import {
  addQuarters, compareQuarters, describeQuarterInPeriod, formatQuarter, formatSpan, isQuarterKey, maxQuarter, minQuarter,
  openEnd, parseQuarter, quarterKey, quarterProblem, periodMidpoint, positionInPeriod, quarterDateRange, quarterDistance, quarterOfDate, quartersBetween,
  spanContains, spanLength, spansOverlap, spanWithin, yearsBetween,
} from '../../shared/quarters';

describe('quarter keys', () => {
  it('accepts K1–K4 and refuses anything else', () => {
    expect(['2019-K1', '2019-K2', '2019-K3', '2019-K4'].every(isQuarterKey)).toBe(true);
    expect(['2019-K0', '2019-K5', '2019 K2', '19-K2', '2019-k2', ''].some(isQuarterKey)).toBe(false);
    expect(() => parseQuarter('2019-K5')).toThrow('Ugyldigt kvartal');
    expect(parseQuarter('2022-K4')).toEqual({ year: 2022, quarter: 4 });
    expect(formatQuarter('2019-K2')).toBe('2019 K2');
  });

  it('accepts only plausible years (1990–2100) and always writes four digits', () => {
    expect(['1990-K1', '2100-K4'].every(isQuarterKey)).toBe(true);
    expect(['0219-K2', '0001-K1', '9022-K4', '1989-K4', '2101-K1'].some(isQuarterKey)).toBe(false);
    expect(quarterProblem('0219-K2', 'Periode fra')).toBe('Periode fra skal ligge mellem 1990 og 2100 (fx 2019-K2)');
    expect(quarterProblem('2019-K5', 'Periode fra')).toBe('Periode fra skal være et kvartal som 2019-K2');
    expect(quarterProblem('2019-K2', 'Periode fra')).toBeNull();
    expect(quarterKey(219, 2)).toBe('0219-K2');
    expect(addQuarters('0001-K1', -1)).toBe('0000-K4');
    expect(parseQuarter(addQuarters('0219-K2', 3))).toEqual({ year: 220, quarter: 1 });
  });

  it('steps across year ends both ways', () => {
    expect(addQuarters('2019-K4', 1)).toBe('2020-K1');
    expect(addQuarters('2020-K1', -1)).toBe('2019-K4');
    expect(addQuarters('2019-K2', 15)).toBe('2023-K1');
    expect(addQuarters('2022-K4', -14)).toBe('2019-K2');
    expect(addQuarters('2021-K3', 0)).toBe('2021-K3');
  });

  it('measures distances and spans across years', () => {
    expect(quarterDistance('2019-K4', '2020-K1')).toBe(1);
    expect(quarterDistance('2022-K4', '2019-K2')).toBe(-14);
    expect(spanLength('2019-K2', '2022-K4')).toBe(15);
    expect(spanLength('2020-K1', '2022-K1')).toBe(9);
    expect(spanLength('2019-K3', '2019-K3')).toBe(1);
    expect(spanLength('2020-K1', '2019-K4')).toBe(0);
    expect(quartersBetween('2019-K3', '2020-K2')).toEqual(['2019-K3', '2019-K4', '2020-K1', '2020-K2']);
    expect(quartersBetween('2020-K2', '2020-K1')).toEqual([]);
    expect(yearsBetween('2019-K2', '2022-K4')).toEqual([2019, 2020, 2021, 2022]);
  });

  it('orders quarters as numbers, not as text of different lengths', () => {
    expect(compareQuarters('2019-K4', '2020-K1')).toBeLessThan(0);
    expect(compareQuarters('2020-K1', '2020-K1')).toBe(0);
    expect(minQuarter('2021-K1', '2019-K4', '2020-K2')).toBe('2019-K4');
    expect(maxQuarter('2021-K1', '2019-K4', '2022-K2')).toBe('2022-K2');
  });

  it('tells containment and overlap at the edges, both ends included', () => {
    expect(spanContains('2019-K2', '2022-K4', '2019-K2')).toBe(true);
    expect(spanContains('2019-K2', '2022-K4', '2022-K4')).toBe(true);
    expect(spanContains('2019-K2', '2022-K4', '2019-K1')).toBe(false);
    expect(spanContains('2019-K2', '2022-K4', '2023-K1')).toBe(false);
    expect(spansOverlap('2019-K3', '2019-K3', '2019-K3', '2020-K1')).toBe(true);
    expect(spansOverlap('2019-K3', '2019-K4', '2020-K1', '2020-K2')).toBe(false);
    expect(spanWithin('2019-K2', '2022-K4', '2019-K2', '2022-K4')).toBe(true);
    expect(spanWithin('2022-K2', '2023-K1', '2019-K2', '2022-K4')).toBe(false);
    expect(spanWithin('2019-K1', '2019-K2', '2019-K2', '2022-K4')).toBe(false);
  });

  it('runs an open phase to the end of the period, but never before its start', () => {
    expect(openEnd('2019-K3', null, '2022-K4')).toBe('2022-K4');
    expect(openEnd('2019-K3', '2020-K4', '2022-K4')).toBe('2020-K4');
    expect(openEnd('2023-K2', null, '2022-K4')).toBe('2023-K2');
  });

  it('finds the middle of the period for the midway evaluation', () => {
    expect(periodMidpoint('2019-K2', '2022-K4')).toBe('2021-K1');
    expect(periodMidpoint('2020-K1', '2020-K4')).toBe('2020-K2');
    expect(periodMidpoint('2020-K1', '2020-K1')).toBe('2020-K1');
  });

  it('places today before, in and after the period, and says so in Danish', () => {
    expect(positionInPeriod('2019-K1', '2019-K2', '2022-K4')).toBe('før');
    expect(positionInPeriod('2019-K2', '2019-K2', '2022-K4')).toBe('i');
    expect(positionInPeriod('2022-K4', '2019-K2', '2022-K4')).toBe('i');
    expect(positionInPeriod('2023-K1', '2019-K2', '2022-K4')).toBe('efter');
    expect(describeQuarterInPeriod('2026-K4', '2019-K2', '2022-K4')).toBe('2026 K4 (efter programperioden)');
    expect(describeQuarterInPeriod('2018-K4', '2019-K2', '2022-K4')).toBe('2018 K4 (før programperioden)');
    expect(describeQuarterInPeriod('2019-K2', '2019-K2', '2022-K4')).toBe('2019 K2 (kvartal 1 af 15 i programperioden)');
    expect(describeQuarterInPeriod('2022-K4', '2019-K2', '2022-K4')).toBe('2022 K4 (kvartal 15 af 15 i programperioden)');
    expect(formatSpan('2019-K3', '2019-K3')).toBe('2019 K3');
    expect(formatSpan('2020-K1', '2022-K1')).toBe('2020 K1 – 2022 K1');
  });

  it('maps dates to quarters and quarters to dates', () => {
    expect(quarterOfDate('2026-11-23')).toBe('2026-K4');
    expect(quarterOfDate('2019-03-31')).toBe('2019-K1');
    expect(quarterOfDate('2019-04-01')).toBe('2019-K2');
    expect(quarterDateRange('2019-K1')).toEqual({ from: '2019-01-01', to: '2019-03-31' });
    expect(quarterDateRange('2020-K4')).toEqual({ from: '2020-10-01', to: '2020-12-31' });
  });
});
