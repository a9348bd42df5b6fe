// Traffic lights by explicit rules in Chromium on a real workbook: the chair changes a threshold
// on the Program sheet with the keyboard at a person's speed, and the Indsatser sheet's light for
// the initiative turns. Lights are as of today (after the programme period), so økonomi is the
// axis a threshold can flip here: initiative 3's Forløb line is spent 7 % over its budget.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BudgetSheet } from '../../shared/domain/budget';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const RED_LABEL = 'Økonomi rød ved overskridelse over (%)';

describe('traffic lights on the Program and Indsatser sheets', () => {
  it('a threshold typed on the Program sheet turns an initiative’s light on Indsatser', async () => {
    harness = await startHarness({
      viewport: { width: 1440, height: 1000 },
      prepare: async (dispatch) => {
        const budget = await dispatch('budget.get', {});
        if (!budget.ok) throw new Error(budget.error.message);
        const forløb = (budget.value as BudgetSheet).data.groups.flatMap((g) => g.lines).find((l) => l.costType === 'Forløb')!;
        const spent = await dispatch('budget.amounts.set', { cells: [{ lineId: forløb.id, year: 2020, measure: 'actual', value: 642_000 }] });
        if (!spent.ok) throw new Error(spent.error.message);
      },
    });
    const { page } = harness;
    const economyOf3 = page.locator('.ag-row[row-id="3"] .ag-cell[col-id="lights"] .light-mark[data-axis="økonomi"]');

    await page.getByRole('tab', { name: 'Indsatser' }).click();
    await expect.poll(() => economyOf3.textContent()).toBe('Økonomi: gul');
    expect(await economyOf3.getAttribute('title')).toContain('overskredet med 42.000 kr. (7 %; over 0 %, højst 10 %)');

    await page.getByRole('tab', { name: 'Program' }).click();
    const field = page.getByLabel(RED_LABEL, { exact: true });
    await expect.poll(() => field.inputValue()).toBe('10');
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5', { delay: 150 });
    await page.keyboard.press('Tab');
    await expect
      .poll(() => harness.session.current!.db.prepare('SELECT economy_red_percent FROM status_rules').pluck().get())
      .toBe(5);
    await expect.poll(() => page.locator('.status-rules .hint').last().textContent()).toContain('økonomi rød ved overskridelse over 5 %');
    await page.locator('.status-rules').screenshot({ path: screenshotPath('arbejdsbogen-trafiklys-regler.png') });

    await page.getByRole('tab', { name: 'Indsatser' }).click();
    await expect.poll(() => economyOf3.textContent()).toBe('Økonomi: rød');
    expect(await economyOf3.getAttribute('title')).toContain('(7 %; over 5 %)');
    // The card says why in words, for the selected initiative and the programme.
    await page.locator('.ag-row[row-id="3"] .ag-cell[col-id="title"]').click();
    const card = page.locator('.traffic-lights');
    await expect.poll(() => card.textContent()).toContain('Indsats 3');
    await expect.poll(() => card.textContent()).toContain('Økonomi: rød Linjen »Indsats 3 – Det gode forældresamarbejde – Forløb« forventes overskredet med 42.000 kr.');
    expect(await card.textContent()).toContain('Programmets lys er det dårligste blandt indsatsernes: rød på grund af indsats 3');
    await page.screenshot({ path: screenshotPath('arbejdsbogen-trafiklys-indsatser.png'), fullPage: true });

    // Undo with the keyboard brings the rule and the yellow light back.
    await page.getByRole('heading', { name: 'Indsatser', exact: true }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => economyOf3.textContent()).toBe('Økonomi: gul');
  });

  it('shows the rules read-only to everyone but the chair', async () => {
    harness = await startHarness({ user: { name: 'Sara Khalil', role: 'Social innovator' } });
    const field = harness.page.getByLabel(RED_LABEL, { exact: true });
    await expect.poll(() => field.inputValue()).toBe('10');
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await harness.page.locator('.status-rules').textContent()).toContain('Kun formanden kan ændre dem.');
  });
});
