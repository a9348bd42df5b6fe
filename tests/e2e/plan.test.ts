import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatQuarter, quarterOfDate } from '../../shared/quarters';
import { closeBrowser, startHarness, type Harness } from './harness';

/** The app's clock is the machine's: today is late 2026, after the programme period. */
const TODAY = formatQuarter(quarterOfDate(new Date()));

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function db() {
  return harness.session.current!.db;
}

/** Initiative 1's "Implementering af aktiviteter" (2020 K1 – 2022 K1 in the document). */
function implementationId(): number {
  return db()
    .prepare("SELECT p.id FROM plan_phase p JOIN initiative i ON i.id = p.initiative_id WHERE i.number = 1 AND p.title = 'Implementering af aktiviteter'")
    .pluck()
    .get() as number;
}

function span(id: number): string {
  const row = db().prepare('SELECT start_quarter, end_quarter FROM plan_phase WHERE id = ?').get(id) as { start_quarter: string; end_quarter: string | null };
  return `${row.start_quarter}–${row.end_quarter ?? ''}`;
}

async function openPlan() {
  await harness.page.getByRole('tab', { name: 'Plan' }).click();
  await harness.page.locator('.phase-body').first().waitFor();
}

describe('the Plan sheet in Chromium, on a real workbook', () => {
  it('draws the document\'s plan by quarter and says that today is after the period', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openPlan();
    await expect.poll(() => page.locator('.plan-quarter').count()).toBe(15);
    await expect.poll(() => page.locator('.plan-year').allTextContents()).toEqual(['2019', '2020', '2021', '2022']);
    expect(await page.locator('.plan-today-badge').textContent()).toBe(`I dag: ${TODAY} – efter programperioden, der sluttede 2022 K4`);
    expect(await page.locator('.plan-today-column').textContent()).toBe('efter programperioden');
    expect(await page.locator('.plan-label', { hasText: '1. Fællesskabende' }).textContent()).toContain('Efter programperioden – sidste fase: Eventuel videreførelse af social innovator i driften');
    expect(await page.locator('.milestone').allTextContents()).toEqual(['Midtvejsevalueringforeslået', 'Slutevalueringforeslået']);
    // Nothing is marked afsluttet in the default workbook, so every phase is flagged as past its end.
    await expect.poll(() => page.locator('.phase-overdue').count()).toBe(10);
  });

  it('stretches a phase by one quarter with the mouse, keeps it after reload, and undoes it', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openPlan();
    const id = implementationId();
    expect(span(id)).toBe('2020-K1–2022-K1');

    const quarterWidth = (await page.locator('.plan-quarter').first().boundingBox())!.width;
    const handle = (await page.locator(`.phase-bar[data-phase-id="${id}"] .phase-handle-end`).boundingBox())!;
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + quarterWidth * 0.5, y, { steps: 4 });
    await page.mouse.move(x + quarterWidth, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => span(id)).toBe('2020-K1–2022-K2');

    await harness.reload();
    await openPlan();
    const body = page.locator(`.phase-bar[data-phase-id="${id}"] .phase-body`);
    await expect.poll(() => body.getAttribute('data-end')).toBe('2022-K2');
    expect(await body.getAttribute('aria-label')).toContain('2020 K1 – 2022 K2');

    await page.getByRole('heading', { name: 'Plan pr. kvartal' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.getAttribute('data-end')).toBe('2022-K1');
    expect(span(id)).toBe('2020-K1–2022-K1');
  });

  it('moves, stretches and edits a phase with the keyboard alone', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openPlan();
    const id = implementationId();
    const body = page.locator(`.phase-bar[data-phase-id="${id}"] .phase-body`);
    await body.focus();

    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => span(id)).toBe('2020-K1–2022-K2');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => span(id)).toBe('2019-K4–2022-K1');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => span(id)).toBe('2020-K1–2022-K1');
    // Focus stays on the phase through the changes, so the keys can go on.
    expect(await body.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    const text = page.getByLabel('Fasens tekst');
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await text.fill('Implementering af aktiviteter og forankring');
    await text.press('Tab');
    await expect.poll(() => db().prepare('SELECT title FROM plan_phase WHERE id = ?').pluck().get(id)).toBe('Implementering af aktiviteter og forankring');

    await page.getByLabel('Status', { exact: true }).selectOption('afsluttet');
    await expect.poll(() => body.getAttribute('aria-label')).toBe(
      'Implementering af aktiviteter og forankring. Indsats 1, 2020 K1 – 2022 K1, status afsluttet',
    );
    await expect.poll(() => page.locator('.phase-overdue').count()).toBe(9);

    // Arrow keys walk to the neighbouring phase.
    await body.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain('Eventuel videreførelse af social innovator i driften. Indsats 1');
  });

  it('refuses an end before the start with a Danish message and keeps the stored phase', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openPlan();
    const planning = db().prepare("SELECT id FROM plan_phase WHERE title = 'Planlægning'").pluck().get() as number;
    await page.locator(`.phase-bar[data-phase-id="${planning}"] .phase-body`).focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Fasen kan ikke slutte (2019 K1), før den begynder (2019 K2)');
    expect(span(planning)).toBe('2019-K2–2019-K2');
  });

  it('adds a phase and a milestone and keeps phases outside a shortened period visible and flagged', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openPlan();
    await page.getByRole('button', { name: 'Tilføj fase til indsats 2' }).click();
    const text = page.getByLabel('Fasens tekst');
    await expect.poll(() => text.inputValue()).toBe('Ny fase');
    await text.fill('Kortlægning af foreningslivet');
    await text.press('Tab');
    await page.getByLabel('Startkvartal').selectOption('2020-K1');
    await page.getByLabel('Slutkvartal').selectOption('2020-K2');
    await expect.poll(() => db().prepare("SELECT start_quarter || '–' || end_quarter FROM plan_phase WHERE title = 'Kortlægning af foreningslivet'").pluck().get()).toBe('2020-K1–2020-K2');

    await page.getByRole('button', { name: '+ Milepæl' }).click();
    await page.getByLabel('Type').selectOption('beslutning om videreførelse');
    await page.getByLabel('Milepælens navn').fill('Beslutning om videreførelse af den sociale innovator');
    await page.getByLabel('Milepælens navn').press('Enter');
    await expect.poll(() => db().prepare("SELECT kind || ' ' || quarter FROM milestone WHERE title LIKE 'Beslutning%'").pluck().get()).toBe('beslutning om videreførelse 2022-K4');

    // Shorten the period on the Program sheet: the Program sheet warns, the Plan keeps everything.
    await page.getByRole('tab', { name: 'Program' }).click();
    const periodEnd = page.getByLabel('Periode til (kvartal)');
    await periodEnd.fill('2021-K4');
    await periodEnd.press('Tab');
    await expect.poll(() => page.locator('.period-notice').textContent()).toContain('4 faser og 2 milepæle i planen ligger helt eller delvist uden for programperioden');

    await openPlan();
    await expect.poll(() => page.locator('.plan-quarter-outside').allTextContents()).toEqual(['K1uden for', 'K2uden for', 'K3uden for', 'K4uden for']);
    await expect.poll(() => page.locator('.phase-outside').count()).toBe(4);
    expect(await page.locator('.plan-status').textContent()).toContain('Uden for programperioden');
    expect(await page.locator('.plan-today-badge').textContent()).toBe(`I dag: ${TODAY} – efter programperioden, der sluttede 2021 K4`);
  });
});
