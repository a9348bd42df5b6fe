import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function db() {
  return harness.session.current!.db;
}

async function openInitiatives() {
  await harness.page.getByRole('tab', { name: 'Indsatser' }).click();
  await harness.page.getByRole('heading', { name: /^Overblik og aktiviteter/ }).waitFor();
}

describe('activities, partners and follow-ups on the Indsatser sheet', () => {
  it('shows initiative 1\'s ideas from the programme document in its activities grid', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openInitiatives();
    const names = page.locator('.activities-card .ag-row .ag-cell[col-id="name"]');
    await expect.poll(() => names.allTextContents()).toEqual([
      'Fællesspisning for familier',
      'Lektiecafé for børn og unge',
      'Familie-/forældrekursus',
      'Forældrenetværk',
      'Læseklub for flersprogede drenge',
      'Babybibliotek',
    ]);
    expect(await page.locator('.initiative-overview').textContent()).toContain('Aktiviteter (6)6 idé');
    expect(await page.locator('.initiative-overview').textContent()).toContain('Ingen opfølgning endnu');
  });

  it('adds an activity, gives it an existing and a new partner, and shows the partners', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openInitiatives();
    await page.getByRole('button', { name: '+ Tilføj aktivitet' }).click();
    // The new row opens for its name at once.
    const editor = page.locator('.activities-card .ag-cell-inline-editing input');
    await editor.waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Strikkecafé for bedsteforældre og børnebørn');
    await page.keyboard.press('Enter');
    await expect.poll(() => db().prepare("SELECT COUNT(*) FROM activity WHERE name = 'Strikkecafé for bedsteforældre og børnebørn'").pluck().get()).toBe(1);
    const id = db().prepare("SELECT id FROM activity WHERE name = 'Strikkecafé for bedsteforældre og børnebørn'").pluck().get() as number;

    // Open the partner picker from the keyboard: focus the cell, Enter.
    const partnersCell = page.locator(`.activities-card .ag-row[row-id="${id}"] .ag-cell[col-id="partnerIds"]`);
    await partnersCell.click();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('group', { name: 'Vælg partnere' });
    await picker.waitFor();
    // The first partner has focus; Space ticks it, ↓ walks on within the picker (Tab leaves it).
    await page.keyboard.press('Space');
    await expect.poll(() => picker.getByLabel('Mørkhøj Bibliotek').isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('Ung i Gladsaxeinstitution');
    await picker.getByLabel('Ny partner').fill('Mørkhøj Strikkeklub');
    await picker.getByLabel('Ny partner').press('Enter');
    await expect.poll(() => picker.getByLabel('Mørkhøj Strikkeklub').isChecked()).toBe(true);
    await picker.getByLabel('Mørkhøj Bibliotek').press('Enter');

    const linked = () =>
      db()
        .prepare('SELECT p.name FROM activity_partner ap JOIN partner p ON p.id = ap.partner_id WHERE ap.activity_id = ? ORDER BY p.position')
        .pluck()
        .all(id);
    await expect.poll(linked).toEqual(['Mørkhøj Bibliotek', 'Mørkhøj Strikkeklub']);
    await expect.poll(() => partnersCell.textContent()).toBe('Mørkhøj Bibliotek, Mørkhøj Strikkeklub');
    // The new partner is on the shared list, used by one activity.
    const partnerRow = page.locator('[aria-label="Partnere"] .ag-row', { hasText: 'Mørkhøj Strikkeklub' });
    await expect.poll(() => partnerRow.locator('.ag-cell[col-id="activityCount"]').textContent()).toBe('1');

    // Participants and status feed the overview.
    const participants = page.locator(`.activities-card .ag-row[row-id="${id}"] .ag-cell[col-id="participants"]`);
    await participants.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    await expect.poll(() => db().prepare('SELECT participants FROM activity WHERE id = ?').pluck().get(id)).toBe(14);
    await expect.poll(() => page.locator('.overview-figure').textContent()).toBe('14');

    await harness.reload();
    await openInitiatives();
    await expect.poll(() => page.locator(`.activities-card .ag-row[row-id="${id}"] .ag-cell[col-id="partnerIds"]`).textContent()).toBe(
      'Mørkhøj Bibliotek, Mørkhøj Strikkeklub',
    );
  });

  it('adds a follow-up with whom and what was learnt, and shows it as the latest', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openInitiatives();
    await page.getByRole('button', { name: '+ Tilføj opfølgning' }).click();
    const editor = page.locator('[aria-label="Opfølgning"] .ag-cell-inline-editing input');
    await editor.waitFor();
    await page.keyboard.type('Forældre fra lektiecaféen');
    await page.keyboard.press('Enter');
    await expect.poll(() => db().prepare('SELECT with_whom FROM follow_up').pluck().get()).toBe('Forældre fra lektiecaféen');
    const id = db().prepare('SELECT id FROM follow_up').pluck().get() as number;

    const learnt = page.locator(`[aria-label="Opfølgning"] .ag-row[row-id="${id}"] .ag-cell[col-id="learnt"]`);
    await learnt.dblclick();
    const textarea = page.locator('.ag-large-text textarea');
    await textarea.waitFor();
    await textarea.fill('Tidspunktet passer ikke familier med små børn');
    await page.keyboard.press('Tab');
    await expect.poll(() => db().prepare('SELECT learnt FROM follow_up WHERE id = ?').pluck().get(id)).toBe('Tidspunktet passer ikke familier med små børn');

    const form = db().prepare('SELECT form, date FROM follow_up WHERE id = ?').get(id) as { form: string; date: string };
    expect(form.form).toBe('dialogmøde');
    const [y, m, d] = form.date.split('-');
    await expect.poll(() => page.locator('.initiative-overview').textContent()).toContain(
      `Seneste opfølgning (1 i alt)${d}.${m}.${y} · dialogmøde med Forældre fra lektiecaféen – Tidspunktet passer ikke familier med små børn`,
    );
    // The initiatives grid shows the date of the latest follow-up too.
    await expect.poll(() => page.locator('.ag-row[row-id="1"] .ag-cell[col-id="lastFollowUp"]').first().textContent()).toBe(`${d}.${m}.${y}`);
  });
});
