// Sheets of the default workbook in use, for npm run screenshots (see screenshots.ts).
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

export interface Size {
  width: number;
  height: number;
}

/** Writes the page as it is now under the given file name in the size's folder. */
export type Shoot = (page: Page, name: string) => Promise<void>;

/** Økonomi as it looks in use: spending entered, one year overspent, the salary check warning. */
export async function budgetStates(harness: Harness, shoot: Shoot) {
  const { page, dispatch } = harness;
  const cells = [
    { lineId: 1, year: 2019, measure: 'actual', value: 143_750 },
    { lineId: 1, year: 2020, measure: 'actual', value: 575_000 },
    { lineId: 1, year: 2021, measure: 'actual', value: 590_000 },
    { lineId: 1, year: 2022, measure: 'budget', value: 450_000 },
    { lineId: 2, year: 2019, measure: 'actual', value: 23_400 },
    { lineId: 3, year: 2019, measure: 'actual', value: 5_100 },
    { lineId: 3, year: 2020, measure: 'actual', value: 26_800 },
    { lineId: 4, year: 2020, measure: 'actual', value: 12_250 },
    { lineId: 5, year: 2019, measure: 'actual', value: 298_000 },
    { lineId: 5, year: 2020, measure: 'actual', value: 301_500 },
  ];
  const result = await dispatch('budget.amounts.set', { cells, source: 'paste' });
  if (!result.ok) throw new Error(result.error.message);
  await page.getByRole('tab', { name: 'Økonomi', exact: true }).click();
  await page.waitForTimeout(200);
  await shoot(page, '04b-økonomi-i-brug.png');
  await page.locator('.sheet').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shoot(page, '04c-økonomi-kontrol-og-løn.png');
}

/**
 * The Plan sheet with a phase chosen, the same plan after the period is shortened (phases
 * outside it kept and flagged), and initiative 1 with activities, partners and a follow-up.
 */
export async function planAndActivityStates(size: Size, shoot: Shoot) {
  const harness = await startHarness({ viewport: size });
  const { page, dispatch } = harness;
  try {
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await page.locator('.phase-body').first().waitFor();
    await page.locator('.phase-body', { hasText: 'Implementering af aktiviteter' }).first().click();
    await shoot(page, '03b-plan-valgt-fase.png');

    // Examples of what the innovator records, entered through the same API as the sheet.
    const ok = async (channel: string, input: unknown) => {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { id: number };
    };
    const club = await ok('partners.add', { name: 'Mørkhøj Boldklub', kind: 'forening' });
    await ok('activities.update', { id: 2, patch: { status: 'i gang', startDate: '2020-02-03', participants: 18, localOwner: 'Frivillige lektiehjælpere' } });
    await ok('activities.setPartners', { id: 2, partnerIds: [1] });
    await ok('activities.update', { id: 1, patch: { status: 'planlagt', startDate: '2020-09-10' } });
    await ok('activities.setPartners', { id: 1, partnerIds: [1, club.id] });
    await ok('followUps.add', { initiativeId: 1, date: '2020-11-12', form: 'fokusgruppe', withWhom: 'Forældre fra lektiecaféen', learnt: 'Tidspunktet passer ikke familier med små børn; ønske om fællesspisning bagefter' });
    await page.getByRole('tab', { name: 'Indsatser', exact: true }).click();
    const overview = page.getByRole('heading', { name: /^Overblik og aktiviteter/ });
    await overview.waitFor();
    await page.waitForTimeout(400);
    await overview.scrollIntoViewIfNeeded();
    await shoot(page, '02b-indsatser-aktiviteter.png');

    await ok('program.update', { patch: { periodEnd: '2021-K4' } });
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await page.locator('.phase-outside').first().waitFor();
    await shoot(page, '03c-plan-kortere-periode.png');
  } finally {
    await harness.close();
  }
}
