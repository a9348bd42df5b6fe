// The period a plan table printed as text still names: its years over its quarters.
import { describe, expect, it } from 'vitest';
import { periodOfColumnlessPlan } from '../../shared/import/columnless-plan-period';

describe('the period of a plan table without columns', () => {
  it('reads the years over the quarters, as the PDF extract prints them', () => {
    expect(periodOfColumnlessPlan([' 2019 2020 2021 2022 Programind', 'sats K2 K3 K4 K1 K2 K3 K4 K1 K2 K3 K4 K1 K2 K3 K4', '1.'])).toEqual({ start: '2019-K2', end: '2022-K4' });
    expect(periodOfColumnlessPlan(['2024 2025', 'Q3 Q4 Q1 Q2'])).toEqual({ start: '2024-K3', end: '2025-K2' });
  });

  it('gives nothing when the quarters and the years disagree, skip one, or are missing', () => {
    // Fifteen quarters from K2 end in the fourth year, not the third.
    expect(periodOfColumnlessPlan(['2019 2020 2021', 'K2 K3 K4 K1 K2 K3 K4 K1 K2 K3 K4 K1 K2 K3 K4'])).toBeNull();
    expect(periodOfColumnlessPlan(['2019 2020', 'K2 K4 K1 K2'])).toBeNull();
    expect(periodOfColumnlessPlan(['2019 2021', 'K1 K2 K3 K4 K1'])).toBeNull();
    expect(periodOfColumnlessPlan(['Samlede udgifter 2019 2020 2021 2022 I alt', 'Løn 143.750 575.000 575.000 431.250 1.725.000'])).toBeNull();
  });
});
