// Every paste and every keystroke in the Økonomi sheet lands where the user meant: a block
// pasted with Ctrl+V fills exactly the cells the user sees right of and below the selected one,
// in each of the sheet's three views, or nothing at all; forbrug takes øre and credit notes.
// What was stored is read back from the SQLite file itself.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AKTIVITET, cell, ETABLERING, FORLØB, grand, LØN, openBudget, pasteBlock, storedAmounts, text, type StoredAmount } from './budget-page';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const lastAlert = (page: Page) => page.getByRole('alert').last().textContent();

function changeSets(h: Harness): number {
  return h.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number;
}

/** The stored rows with the given changes applied: what the file must hold afterwards, nothing else changed. */
function withChanges(before: StoredAmount[], changes: Array<Pick<StoredAmount, 'line_id' | 'year'> & Partial<StoredAmount>>): StoredAmount[] {
  const rows = before.map((r) => ({ ...r }));
  for (const c of changes) {
    const row = rows.find((r) => r.line_id === c.line_id && r.year === c.year);
    if (row) Object.assign(row, c);
    else rows.push({ budget: null, actual_ore: null, ...c });
  }
  return rows.sort((a, b) => a.line_id - b.line_id || a.year - b.year);
}

async function openInView(view: 'Alle kolonner' | 'Kun budget' | 'Kun forbrug'): Promise<Page> {
  harness = await startHarness();
  await harness.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openBudget(harness);
  await page.getByRole('radio', { name: view }).click();
  await expect.poll(() => page.getByRole('radio', { name: view }).getAttribute('aria-checked')).toBe('true');
  return page;
}

/** The block: 12.500 ⇥ 3.000 ⏎ 7.250 ⇥ 0, as Excel writes it. */
const TWO_BY_TWO = '12.500\t3.000\r\n7.250\t0\r\n';

describe('pasting into the Økonomi sheet in Chromium, on a real workbook', () => {
  it('default view: the 2×2 block on Prognose 2021 is refused, naming Difference 2021; nothing is written', async () => {
    const page = await openInView('Alle kolonner');
    const before = storedAmounts(harness);
    const sets = changeSets(harness);
    await pasteBlock(page, LØN, 'y2021-forecast', TWO_BY_TWO);
    await expect.poll(() => lastAlert(page)).toContain(
      'Intet er sat ind: blokken er 2 rækker høj og 2 kolonner bred og ville dække kolonnen Difference 2021, som regnes ud',
    );
    expect(await text(page, LØN, 'y2022-budget')).toBe('431.250');
    expect(storedAmounts(harness)).toEqual(before);
    expect(changeSets(harness)).toBe(sets);
  });

  it('default view: the 2×2 block on Budget 2021 lands on Budget and Forbrug 2021 and says where', async () => {
    const page = await openInView('Alle kolonner');
    const before = storedAmounts(harness);
    await pasteBlock(page, LØN, 'y2021-budget', TWO_BY_TWO);
    await expect.poll(() => page.getByRole('status').textContent()).toContain(
      '4 celler sat ind: "Løn" og "Etableringsomkostninger", Budget 2021 og Forbrug 2021 – fortryd med Ctrl+Z',
    );
    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, budget: 12_500, actual_ore: 300_000 },
      { line_id: ETABLERING, year: 2021, budget: 7_250, actual_ore: 0 },
    ]));
    await expect.poll(() => text(page, LØN, 'y2021-difference')).toBe('9.500');
  });

  it('"Kun forbrug": øre and credit notes land on Forbrug 2021 and 2022, stored as exact øre, one Ctrl+Z undoes', async () => {
    const page = await openInView('Kun forbrug');
    const before = storedAmounts(harness);
    await pasteBlock(page, LØN, 'y2021-actual', '12.345,67\t-1.250\r\n1.250,5\t−0,50\r\n');
    await expect.poll(() => page.getByRole('status').textContent()).toContain(
      '4 celler sat ind: "Løn" og "Etableringsomkostninger", Forbrug 2021 og Forbrug 2022 – fortryd med Ctrl+Z',
    );
    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, actual_ore: 1_234_567 },
      { line_id: LØN, year: 2022, actual_ore: -125_000 },
      { line_id: ETABLERING, year: 2021, actual_ore: 125_050 },
      { line_id: ETABLERING, year: 2022, actual_ore: -50 },
    ]));
    // The columns widen for the øre, so the grid redraws them.
    await expect.poll(() => text(page, LØN, 'y2021-actual')).toBe('12.345,67');
    expect(await text(page, LØN, 'y2022-actual')).toBe('-1.250');
    expect(await text(page, ETABLERING, 'y2021-actual')).toBe('1.250,50');
    expect(await text(page, ETABLERING, 'y2022-actual')).toBe('-0,50');
    expect(await text(page, LØN, 'total-actual')).toBe('11.095,67');
    expect(await grand(page, 'total-actual').textContent()).toBe('12.345,67');

    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, LØN, 'y2021-actual')).toBe('');
    expect(storedAmounts(harness)).toEqual(before);
  });

  it('"Kun forbrug": a block running into I alt or into a group\'s sum is refused, naming it', async () => {
    const page = await openInView('Kun forbrug');
    const before = storedAmounts(harness);
    await pasteBlock(page, LØN, 'y2022-actual', '1\t2\n');
    await expect.poll(() => lastAlert(page)).toContain('Intet er sat ind: blokken er 1 række høj og 2 kolonner bred og ville dække kolonnen Forbrug i alt, som regnes ud');
    await pasteBlock(page, AKTIVITET, 'y2020-actual', '1\n2\n');
    await expect.poll(() => lastAlert(page)).toContain('ville dække rækken "I alt – Indsats 1 og 2 – social innovator", som er en sum');
    expect(storedAmounts(harness)).toEqual(before);
  });

  it('"Kun budget": the 2×2 block fills Budget 2021 and 2022; øre in a budget refuse the whole block', async () => {
    const page = await openInView('Kun budget');
    const before = storedAmounts(harness);
    await pasteBlock(page, LØN, 'y2021-budget', '1\t2\n3\t4.500,50\n');
    await expect.poll(() => lastAlert(page)).toContain(
      'Intet er sat ind: cellen i blokkens række 2, kolonne 2 ("Etableringsomkostninger", Budget 2022) kan ikke bruges. ' +
        'Budgettet er i hele kroner, så "4.500,50" kan ikke bruges',
    );
    expect(storedAmounts(harness)).toEqual(before);

    await pasteBlock(page, LØN, 'y2021-budget', TWO_BY_TWO);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('4 celler sat ind: "Løn" og "Etableringsomkostninger", Budget 2021 og Budget 2022');
    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, budget: 12_500 }, { line_id: LØN, year: 2022, budget: 3_000 },
      { line_id: ETABLERING, year: 2021, budget: 7_250 }, { line_id: ETABLERING, year: 2022, budget: 0 },
    ]));
  });

  it('a block running past the last line is refused whole, naming the sum below it', async () => {
    const page = await openInView('Alle kolonner');
    const before = storedAmounts(harness);
    await pasteBlock(page, FORLØB, 'y2020-actual', '1\n2\n3\n');
    await expect.poll(() => lastAlert(page)).toContain(
      'Intet er sat ind: blokken er 3 rækker høj og 1 kolonne bred og ville dække rækken "I alt – Indsats 3 – Det gode forældresamarbejde", som er en sum',
    );
    expect(storedAmounts(harness)).toEqual(before);
  });
});

describe('typing forbrug with øre and a credit note', () => {
  it('stores 12.345,67 and -1.250 typed key by key as exact øre and shows them the Danish way', async () => {
    const page = await openInView('Alle kolonner');
    const before = storedAmounts(harness);
    await cell(page, LØN, 'y2021-actual').dblclick();
    await page.keyboard.type('12.345,67', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, LØN, 'y2021-actual')).toBe('12.345,67');

    // Enter moved the focus down to Etablering, even though the column widened for the øre: keep typing there.
    await page.keyboard.press('Enter');
    await page.keyboard.type('-1.250', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, ETABLERING, 'y2021-actual')).toBe('-1.250');

    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, actual_ore: 1_234_567 },
      { line_id: ETABLERING, year: 2021, actual_ore: -125_000 },
    ]));
    expect(await text(page, LØN, 'y2021-difference')).toBe('562.654,33');
    await expect.poll(() => page.getByTestId('grand-actual').textContent()).toBe('11.095,67 kr.');

    // The budget stays whole kroner, and says so.
    await cell(page, LØN, 'y2021-budget').dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('575.000,50', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAlert(page)).toContain('Løn, 2021 budget: Budgettet er i hele kroner, så "575.000,50" kan ikke bruges');
    // The typed amount stays in the cell, marked, until Escape on the cell puts back the stored one.
    expect(await text(page, LØN, 'y2021-budget')).toBe('575.000,50');
    await cell(page, LØN, 'y2021-budget').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => text(page, LØN, 'y2021-budget')).toBe('575.000');
    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, actual_ore: 1_234_567 },
      { line_id: ETABLERING, year: 2021, actual_ore: -125_000 },
    ]));
  });

  it('keeps what is being typed when the column gains øre from someone else meanwhile', async () => {
    const page = await openInView('Alle kolonner');
    const before = storedAmounts(harness);
    await cell(page, ETABLERING, 'y2021-actual').dblclick();
    await page.keyboard.type('-1.2', { delay: 60 });
    // Someone else stores øre in the same column: every cell of it is restyled (and widened) …
    expect((await harness.dispatch('budget.amounts.set', { cells: [{ lineId: LØN, year: 2021, measure: 'actual', value: 12_345.67 }] })).ok).toBe(true);
    await expect.poll(() => text(page, LØN, 'y2021-actual')).toBe('12.345,67');
    // … but not the cell being typed in: the rest of the amount goes on where it was.
    await page.keyboard.type('50', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, ETABLERING, 'y2021-actual')).toBe('-1.250');
    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, actual_ore: 1_234_567 },
      { line_id: ETABLERING, year: 2021, actual_ore: -125_000 },
    ]));
  });

  it('keeps every key typed when øre come or go in the column at the very moment Enter opens the editor', async () => {
    const page = await openInView('Alle kolonner');
    const before = storedAmounts(harness);
    // A slow PC widens the moment between Enter and the editor taking the focus, as a busy one does.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Someone else gives Løn øre in the same column, or takes them away again, a little before the
    // Enter that opens the editor – at one of these moments their change reaches the sheet just as
    // the editor opens.
    const leads = [0, 4, 8, 12, 16, 24, 32, 48];
    const typed = ['-1.250', '2.000,50', '-3', '4.125,25'];
    for (const [round, lead] of leads.entries()) {
      const value = typed[round % typed.length]!;
      await cell(page, ETABLERING, 'y2021-actual').click();
      const other = harness.dispatch('budget.amounts.set', { cells: [{ lineId: LØN, year: 2021, measure: 'actual', value: round % 2 === 0 ? 12_345.67 : 12_345 }] });
      await new Promise((resolve) => setTimeout(resolve, lead));
      await page.keyboard.press('Enter');
      await page.keyboard.type(value, { delay: 60 });
      await page.keyboard.press('Enter');
      expect((await other).ok).toBe(true);
      await expect.poll(() => text(page, ETABLERING, 'y2021-actual'), { timeout: 5000 }).toBe(value);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, actual_ore: 1_234_500 },
      { line_id: ETABLERING, year: 2021, actual_ore: 412_525 },
    ]));
  });

  it('keeps the selected cell when the column widens for øre from someone else, so Enter and typing go on there', async () => {
    const page = await openInView('Alle kolonner');
    const before = storedAmounts(harness);
    await cell(page, ETABLERING, 'y2021-actual').click();
    const width = () => cell(page, ETABLERING, 'y2021-actual').evaluate((el) => el.getBoundingClientRect().width);
    const narrow = await width();
    expect((await harness.dispatch('budget.amounts.set', { cells: [{ lineId: LØN, year: 2021, measure: 'actual', value: 12_345_678.9 }] })).ok).toBe(true);
    await expect.poll(width).toBeGreaterThan(narrow);
    await page.keyboard.press('Enter');
    await page.keyboard.type('-1.250', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, ETABLERING, 'y2021-actual')).toBe('-1.250');
    await expect.poll(() => storedAmounts(harness)).toEqual(withChanges(before, [
      { line_id: LØN, year: 2021, actual_ore: 1_234_567_890 },
      { line_id: ETABLERING, year: 2021, actual_ore: -125_000 },
    ]));
  });
});
