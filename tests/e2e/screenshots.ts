// npm run screenshots: a PNG of every sheet, at a laptop's 1280×720 and a desktop's 1920×1080,
// in screenshots/1280x720/ and screenshots/1920x1080/: the default workbook, the first-start
// dialog, Økonomi and Plan in use, and a demonstration workbook's Møder, Handlinger og
// beslutninger, Rapporter, Indsatser, Plan and Økonomi. `npm run screenshots -- 1280x720`
// makes one size only.
import fs from 'node:fs';
import path from 'node:path';
import { closeBrowser, startHarness } from './harness';
import { budgetStates, planAndActivityStates, type Shoot, type Size } from './screenshot-states';
import { demoScreenshots } from './screenshot-demo';

const ROOT = path.resolve(import.meta.dirname, '../../screenshots');
const SIZES: readonly Size[] = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** "Handlinger og beslutninger" → "handlinger-og-beslutninger" */
export function fileLabel(label: string): string {
  return label.toLowerCase().replace(/[^a-zæøå0-9]+/g, '-');
}

async function screenshotsAt(size: Size) {
  const out = path.join(ROOT, `${size.width}x${size.height}`);
  fs.mkdirSync(out, { recursive: true });
  const harness = await startHarness({ viewport: size });
  const { page } = harness;
  const shoot: Shoot = async (p, name) => {
    await p.waitForTimeout(400);
    await p.screenshot({ path: path.join(out, name) });
    console.log(path.join(out, name));
  };
  try {
    await page.getByRole('tab').first().waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    for (const [index, label] of tabs.entries()) {
      await page.getByRole('tab', { name: label, exact: true }).click();
      // Let the sheet load and its grids settle their row heights.
      await page.waitForTimeout(600);
      await shoot(page, `${String(index + 1).padStart(2, '0')}-${fileLabel(label)}.png`);
    }
    await budgetStates(harness, shoot);
    await planAndActivityStates(size, shoot);
    // The first-start dialog, as a new user sees it.
    const fresh = await startHarness({ user: null, workbook: 'none', viewport: size });
    await fresh.page.getByRole('heading', { name: 'Velkommen til Arbejdsbogen' }).waitFor();
    await shoot(fresh.page, '00-foerste-start.png');
    await fresh.close();
    await demoScreenshots(size, shoot);
  } finally {
    await harness.close();
  }
}

async function main() {
  const only = process.argv[2];
  const sizes = only ? SIZES.filter((s) => `${s.width}x${s.height}` === only) : SIZES;
  if (sizes.length === 0) throw new Error(`Ukendt størrelse ${only}; brug ${SIZES.map((s) => `${s.width}x${s.height}`).join(' eller ')}`);
  try {
    for (const size of sizes) await screenshotsAt(size);
  } finally {
    await closeBrowser();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
