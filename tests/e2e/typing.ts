import type { Page } from 'playwright-core';

/** As a person does it: click into the field, select what is there, type key by key, leave with Tab. */
export async function retypeField(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 60 });
  await page.keyboard.press('Tab');
}
