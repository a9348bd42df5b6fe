// npm run screenshots: a PNG of every sheet of the default workbook, 1440×900, in screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { closeBrowser, startHarness } from './harness';

const OUT = path.resolve(import.meta.dirname, '../../screenshots');

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const harness = await startHarness();
  const { page } = harness;
  try {
    await page.getByRole('tab').first().waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    for (const [index, label] of tabs.entries()) {
      await page.getByRole('tab', { name: label, exact: true }).click();
      await page.waitForTimeout(400);
      const file = path.join(OUT, `${String(index + 1).padStart(2, '0')}-${label.toLowerCase().replace(/[^a-zæøå0-9]+/g, '-')}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    // The first-start dialog, as a new user sees it.
    const fresh = await startHarness({ user: null, workbook: 'none' });
    await fresh.page.getByRole('heading', { name: 'Velkommen til Arbejdsbogen' }).waitFor();
    await fresh.page.screenshot({ path: path.join(OUT, '00-foerste-start.png') });
    await fresh.close();
  } finally {
    await harness.close();
    await closeBrowser();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
