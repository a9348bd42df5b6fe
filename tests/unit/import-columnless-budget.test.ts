// A budget table whose columns a PDF's text extract lost: read exactly when the document's own
// totals put every figure in one year only; otherwise not read at all (the recogniser lists it).
import { describe, expect, it } from 'vitest';
import { spacedAmountReadings } from '../../shared/import/amounts';
import { readColumnlessBudget } from '../../shared/import/columnless-budget';
import { recogniseProgramme } from '../../shared/import/recognise-programme';

/** The budget table as the programme document's PDF extract prints it (blank lines dropped, as text-blocks.ts does). */
const EXTRACT = [
  'Samlede udgifter 2019 2020 2021 2022 I alt',
  'Løn 143.750 575.000 575.000 431.250 1.725.000',
  'Etableringsomkostninger 20.000 0 0 0 20.000',
  'Driftudgifter, herunder telefon,',
  'uddannelse mv. 6.250 25.000 25.000 18.750 75.000',
  'Indsats 1 og 2 –',
  'social',
  'innovator',
  'Aktivitetsudgifter 7.500 30.000 30.000 22.500 90.000',
  'Indsats 3 – Det gode forældresamarbejde',
  '300.000 300.000',
  '600.000',
  'i alt 477.500 930.000 630.000 472.500 2.510.000',
];

const NOT_PLACED_WARNING =
  'En tabel i afsnittet »Økonomi« står som tekst uden kolonner (som i en tekstudskrift af en PDF): hvilket tal hører til hvilket år eller kvartal kan ikke aflæses, så den er listet som ikke placeret';

/** The lines as the recogniser gets them: a column-less table under »Økonomi«. */
const recognised = (lines: string[]) => recogniseProgramme({ pageFurniture: [], blocks: [
  { kind: 'paragraph', text: 'Programdokument: Et program', listItem: false },
  { kind: 'paragraph', text: 'Økonomi', listItem: false },
  { kind: 'table', rows: lines.map((l) => [l]) },
] });

describe('a budget table without columns', () => {
  it('reads the extract’s table: wrapped labels and titles, a title centred among its lines, the single line’s empty years found by the totals', () => {
    const table = readColumnlessBudget(EXTRACT);
    expect(table?.years).toEqual([2019, 2020, 2021, 2022]);
    expect(table?.groups.map((g) => [g.title, g.initiatives, g.lines.map((l) => l.costType)])).toEqual([
      ['Indsats 1 og 2 – social innovator', [1, 2], ['Løn', 'Etableringsomkostninger', 'Driftudgifter, herunder telefon, uddannelse mv.', 'Aktivitetsudgifter']],
      ['Indsats 3 – Det gode forældresamarbejde', [3], ['Det gode forældresamarbejde']],
    ]);
    expect(table?.groups[0]?.lines[2]?.budget).toEqual({ 2019: 6_250, 2020: 25_000, 2021: 25_000, 2022: 18_750 });
    // "300.000 300.000" / "600.000": only 2019 and 2020 agree with the line's »I alt« and each year's »i alt«.
    expect(table?.groups[1]?.lines[0]?.budget).toEqual({ 2019: 300_000, 2020: 300_000 });
    expect(table?.warnings).toEqual([]);
    expect(table?.unplaced).toEqual([]);
  });

  it('places nothing when the totals allow two placements, and says so', () => {
    const lines = ['Udgifter 2023 2024 I alt', 'Indsats 1', 'Løn 100.000', 'Drift 100.000', 'i alt 100.000 100.000 200.000'];
    expect(readColumnlessBudget(lines)).toBeNull();
    const imported = recognised(lines);
    expect(imported.budget).toEqual([]);
    expect(imported.unplaced).toEqual([{ where: 'Økonomi, tabel uden kolonner', text: lines.join('\n') }]);
    expect(imported.warnings).toContain(NOT_PLACED_WARNING);
  });

  it('places nothing when a line is short and the »i alt« row agrees with no placement', () => {
    const wrong = EXTRACT.map((l) => (l.startsWith('i alt') ? 'i alt 477.500 930.000 630.001 472.500 2.510.001' : l));
    expect(readColumnlessBudget(wrong)).toBeNull();
    expect(recognised(wrong).warnings).toContain(NOT_PLACED_WARNING);
  });

  it('reads a table whose every line fills its columns, and checks a wrong »i alt«, naming the year', () => {
    const lines = EXTRACT.map((l) => (l === '300.000 300.000' ? '300.000 300.000 0 0' : l.startsWith('i alt') ? 'i alt 477.500 930.001 630.000 472.500 2.510.000' : l));
    const imported = recognised(lines);
    expect(imported.budget.flatMap((g) => g.lines).map((l) => l.budget[2020])).toEqual([575_000, 0, 25_000, 30_000, 300_000]);
    expect(imported.warnings).toEqual(['Året 2020 summerer til 930.000 kr., men dokumentets »i alt« siger 930.001 kr.']);
    expect(imported.unplaced).toEqual([]);
  });

  it('reads amounts written 1 725 000 or 1725000, and lets the totals tell where spaces set off thousands', () => {
    const imported = recognised([
      'Udgifter 2023 2024 I alt', 'Indsats 1', 'Løn 1 725 000 100000 1 825 000', 'Materialer 10 000 2 000 12 000', 'Husleje 1 500 500 2 000',
      'i alt 1.736.500 102.500 1.839.000',
    ]);
    expect(imported.budget).toEqual([{ title: 'Indsats 1', initiatives: [1], lines: [
      { costType: 'Løn', budget: { 2023: 1_725_000, 2024: 100_000 } },
      { costType: 'Materialer', budget: { 2023: 10_000, 2024: 2_000 } },
      // Read as 1.500.500 in 2023 it would disagree with the year's »i alt«.
      { costType: 'Husleje', budget: { 2023: 1_500, 2024: 500 } },
    ] }]);
    expect(imported.warnings).toEqual([]);
    expect(spacedAmountReadings(['1', '725', '000'])).toEqual([[1, 725_000], [1_725_000]]);
  });

  it('reads a line of many small amounts quickly: no reading with more amounts than columns is made', () => {
    const started = Date.now();
    expect(readColumnlessBudget(['Udgifter 2023 2024 I alt', `Løn ${Array(40).fill('100').join(' ')}`, 'i alt 1 2 3'])).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is no budget when the header’s years are followed by other words (the plan’s header)', () => {
    expect(readColumnlessBudget(['2019 2020 2021 2022 Programind', 'sats K2 K3 K4 K1', '1.', 'Fællesskab'])).toBeNull();
  });
});
