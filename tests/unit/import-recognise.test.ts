// The programme document's two copies (../shared/seeds) read through the one recogniser: the
// Word text copy (tables as tabs) places everything; the PDF's text extract has lost its tables'
// columns: its budget is still read exactly (its totals tell each figure's year), its plan is not,
// and it says so rather than guess. Texts are the document's own words.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentAmount } from '../../shared/import/amounts';
import { importIsClean } from '../../shared/import/imported-programme';
import { recogniseProgramme } from '../../shared/import/recognise-programme';
import { textToStructure } from '../../shared/import/text-blocks';
import { importedProgrammeDocument } from '../../electron/workbook/seed/seed-workbook';

// Copies of ../shared/seeds (issue: both copies must import): CI clones the project alone.
const SEEDS = path.resolve(import.meta.dirname, '../fixtures/programme-documents');
const fromText = (file: string) => recogniseProgramme(textToStructure(fs.readFileSync(path.join(SEEDS, file), 'utf8')));

/** PRODUCT.md §5, the figures that must come out exactly. */
const PRODUCT_BUDGET = [
  { title: 'Indsats 1 og 2 – social innovator', initiatives: [1, 2], lines: [
    { costType: 'Løn', budget: { 2019: 143_750, 2020: 575_000, 2021: 575_000, 2022: 431_250 } },
    { costType: 'Etableringsomkostninger', budget: { 2019: 20_000, 2020: 0, 2021: 0, 2022: 0 } },
    { costType: 'Driftudgifter, herunder telefon, uddannelse mv.', budget: { 2019: 6_250, 2020: 25_000, 2021: 25_000, 2022: 18_750 } },
    { costType: 'Aktivitetsudgifter', budget: { 2019: 7_500, 2020: 30_000, 2021: 30_000, 2022: 22_500 } },
  ] },
  { title: 'Indsats 3 – Det gode forældresamarbejde', initiatives: [3], lines: [
    { costType: 'Det gode forældresamarbejde', budget: { 2019: 300_000, 2020: 300_000 } },
  ] },
];

describe('the programme document as Word saves it as text (tables as tabs)', () => {
  const imported = fromText('programdokument.txt');

  it('places everything, and every total of the document agrees', () => {
    expect(imported.unplaced).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(importIsClean(imported)).toBe(true);
  });

  it('reads every amount of the budget table, grouped, with the initiatives each group pays for', () => {
    expect(imported.budget).toEqual(PRODUCT_BUDGET);
    const total = imported.budget.flatMap((g) => g.lines).reduce((sum, l) => sum + Object.values(l.budget).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(2_510_000);
  });

  it('reads the plan: each phase from the quarter its cell stands in, the last running on to the period’s end', () => {
    expect(imported.program.periodStart).toBe('2019-K2');
    expect(imported.program.periodEnd).toBe('2022-K4');
    const [one, two, three] = imported.initiatives;
    expect(one?.phases.slice(0, 3)).toEqual([
      { title: 'Planlægning af ansættelse og indsats', start: '2019-K3', end: '2019-K3' },
      { title: 'Social innovator ansættes. Relationsopbygning, research, opstartsfasen', start: '2019-K4', end: '2019-K4' },
      expect.objectContaining({ title: 'Implementering af aktiviteter', start: '2020-K1' }),
    ]);
    expect(one?.phases[3]).toMatchObject({ title: 'Eventuel videreførelse af social innovator i driften', end: null });
    expect(two?.phases).toEqual(one?.phases);
    expect(three?.phases).toEqual([
      { title: 'Planlægning', start: '2019-K2', end: '2019-K2' },
      { title: 'Implementering af aktiviteter', start: '2019-K3', end: null },
    ]);
  });

  it('finds title, goals, the three initiatives and the programme’s facts stated in its sentences', () => {
    expect(imported.program.title).toBe('Styrket indsats for social balance i Mørkhøj');
    expect(imported.goals).toHaveLength(5);
    expect(imported.initiatives.map((i) => `${i.number}: ${i.title}`)).toEqual([
      '1: Fællesskabende aktiviteter i Mørkhøj', '2: Bedre fritidsmuligheder', '3: Det gode forældresamarbejde',
    ]);
    expect(imported.program).toMatchObject({
      fundingSource: 'Social balance-puljen', owner: 'Direktøren i Børne- og Kulturforvaltningen', supportUnit: 'SOB-enheden',
      followedWith: 'BKF-chefgruppen', evaluationRecipient: 'Styregruppen for social balance i Gladsaxe Kommune',
      organisation: 'Gladsaxe Kommune', department: 'Børne- og Kulturforvaltningen', goalsIntro: 'Målene er, at:',
    });
    expect(imported.initiatives[2]?.effects).toHaveLength(4);
    expect(imported.initiatives[2]?.participants.map((p) => p.count)).toEqual([100, 160, 20, null]);
  });
});

describe('the PDF’s text extract (the original’s words; its tables without columns)', () => {
  const imported = fromText('programdokument-pdf-udtraek.txt');

  it('gives the default workbook’s texts – the shipped document’s, imported the same way: background, purpose, goals, target group, follow-up, responsibility, each initiative', () => {
    const shipped = importedProgrammeDocument();
    for (const field of ['title', 'background', 'purpose', 'goalsIntro', 'targetGroup', 'elementsIntro', 'planText', 'followUp', 'responsibility', 'journalNumber', 'caseNumber', 'fundingSource', 'owner', 'leader'] as const) {
      expect(imported.program[field], field).toBe(shipped.program[field]);
    }
    expect(imported.goals).toEqual(shipped.goals);
    for (const want of shipped.initiatives) {
      const got = imported.initiatives.find((i) => i.number === want.number);
      expect(got).toMatchObject({ title: want.title, targetGroup: want.targetGroup, effects: want.effects, effectFollowUp: want.effectFollowUp, participants: want.participants });
      expect(got?.description).toBe(want.description);
    }
  });

  it('reads the budget table without columns to every amount of PRODUCT.md §5, each figure in its year by the document’s own totals', () => {
    // The Word copy's figures and words, the single line of indsats 3 included.
    expect(imported.budget).toEqual(PRODUCT_BUDGET);
    expect(fromText('programdokument.txt').budget).toEqual(imported.budget);
  });

  it('lists only the plan as not placed, with its text, and says why – never guesses a quarter', () => {
    expect(imported.unplaced.map((u) => u.where)).toEqual(['Programplan, tabel uden kolonner']);
    expect(imported.unplaced[0]?.text).toContain('Implementering af aktiviteter');
    expect(imported.warnings).toEqual([
      'En tabel i afsnittet »Programplan« står som tekst uden kolonner (som i en tekstudskrift af en PDF): hvilket tal hører til hvilket år eller kvartal kan ikke aflæses, så den er listet som ikke placeret',
    ]);
    // No phase is read, but the plan's two header lines still name its columns in order
    // (2019 … 2022 over K2 K3 K4 K1 … K4): the period is the default workbook's, 2019 K2 – 2022 K4.
    expect(imported.initiatives.flatMap((i) => i.phases)).toEqual([]);
    expect(imported.program).toMatchObject({ periodStart: '2019-K2', periodEnd: '2022-K4' });
    expect(importIsClean(imported)).toBe(false);
  });
});

describe('the programme document the app ships (the default workbook is made from it)', () => {
  const shipped = importedProgrammeDocument();

  it('places everything: every amount of PRODUCT.md §5 and the plan as §5 gives it', () => {
    expect(shipped.unplaced).toEqual([]);
    expect(shipped.warnings).toEqual([]);
    expect(shipped.budget).toEqual(PRODUCT_BUDGET.map((g, i) => (i === 1 ? { ...g, lines: [{ ...g.lines[0]!, costType: 'Forløb' }] } : g)));
    const [one, , three] = shipped.initiatives;
    expect(one?.phases).toEqual([
      { title: 'Planlægning af ansættelse og indsats', start: '2019-K3', end: '2019-K3' },
      { title: 'Social innovator ansættes. Relationsopbygning, research, opstartsfasen', start: '2019-K4', end: '2019-K4' },
      { title: 'Implementering af aktiviteter', start: '2020-K1', end: '2022-K1' },
      { title: 'Eventuel videreførelse af social innovator i driften', start: '2022-K2', end: null },
    ]);
    expect(three?.phases).toEqual([
      { title: 'Planlægning', start: '2019-K2', end: '2019-K2' },
      { title: 'Implementering af aktiviteter', start: '2019-K3', end: null },
    ]);
    expect(shipped.program).toMatchObject({ journalNumber: '85.00.00P20', caseNumber: '2015/00638 010', periodStart: '2019-K2', periodEnd: '2022-K4' });
  });
});

describe('budget tables of other layouts', () => {
  const table = (rows: string[][]) => recogniseProgramme({ pageFurniture: [], blocks: [
    { kind: 'paragraph', text: 'Programdokument: Et andet program', listItem: false },
    { kind: 'paragraph', text: 'Økonomi', listItem: false },
    { kind: 'table', rows },
  ] });

  it('reads group rows of words only, amounts written 1 725 000 or 1725000, and checks totals, naming line and year', () => {
    const imported = table([
      ['', '2023', '2024', 'I alt'],
      ['Indsats 1', '', '', ''],
      ['Løn', '1 725 000', '100000', '1.825.000'],
      ['Materialer', '10.000', '-', '12.000'],
      ['I alt', '1.735.000', '100.001', '1.835.000'],
    ]);
    expect(imported.budget).toEqual([{ title: 'Indsats 1', initiatives: [1], lines: [
      { costType: 'Løn', budget: { 2023: 1_725_000, 2024: 100_000 } },
      { costType: 'Materialer', budget: { 2023: 10_000 } },
    ] }]);
    expect(imported.warnings).toEqual([
      'Linjen »Materialer« summerer til 10.000 kr., men dokumentets »I alt« siger 12.000 kr.',
      'Året 2024 summerer til 100.000 kr., men dokumentets »I alt« siger 100.001 kr.',
    ]);
    expect(imported.program.periodStart).toBe('2023-K1');
    expect(imported.program.periodEnd).toBe('2024-K4');
  });

  it('lists a row it cannot read rather than dropping it', () => {
    const imported = table([['', '2023', 'I alt'], ['Løn', 'cirka 5.000', '5.000']]);
    expect(imported.unplaced).toEqual([{ where: 'Økonomi', text: 'Løn | cirka 5.000 | 5.000' }]);
  });

  it('reads amounts as documents write them', () => {
    expect(['1.725.000', '1 725 000', '1725000', 'kr. 600.000', '600.000 kr.', '1.725.000,00', '0', '', '–', '12,5', 'abc'].map(parseDocumentAmount))
      .toEqual([1_725_000, 1_725_000, 1_725_000, 600_000, 600_000, 1_725_000, 0, null, null, undefined, undefined]);
  });
});

describe('Arbejdsbogen’s own programdokument', () => {
  it('reads its table of facts (approval date included), and leaves its history since approval to the new change log', () => {
    const imported = recogniseProgramme({ pageFurniture: [], blocks: [
      { kind: 'table', rows: [['Gladsaxe Kommune Børne- og Kulturforvaltningen', 'Programdokument Dato: 5. december 2026 J. nr. 85.00.00P20 Sag: 2015/00638 010']] },
      { kind: 'heading', text: 'Et program' },
      { kind: 'table', rows: [
        ['Programejer', 'Direktøren'], ['Periode', '2024 K3 – 2026 K2'], ['Social innovators arbejdssted', 'Mørkhøj Bibliotek'],
        ['Godkendt', '3. marts 2024'], ['Version', 'Version 4 af 5. december 2026'],
      ] },
      { kind: 'heading', text: 'Ændringer siden den godkendte udgave' },
      { kind: 'paragraph', text: '3 ændringer af programmets indhold siden godkendelsen.', listItem: false },
      { kind: 'table', rows: [['Dato', 'Ark', 'Hvad', 'Før → efter', 'Af'], ['04.03.2024', 'Program', 'Formål', 'a → b', 'X']] },
      { kind: 'heading', text: 'Baggrund' },
      { kind: 'paragraph', text: 'Sådan begyndte det.', listItem: false },
    ] });
    expect(imported.program).toMatchObject({
      title: 'Et program', owner: 'Direktøren', periodStart: '2024-K3', periodEnd: '2026-K2', innovatorPlacement: 'Mørkhøj Bibliotek',
      approvedOn: '2024-03-03', journalNumber: '85.00.00P20', caseNumber: '2015/00638 010', background: 'Sådan begyndte det.',
    });
    expect(imported.unplaced).toEqual([]);
  });
});
