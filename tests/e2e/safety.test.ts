import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../electron/workbook/lock';
import { openTestSession, tempDir } from '../support/workbooks';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const titleOf = (h: Harness) => h.session.current!.db.prepare('SELECT title FROM program').pluck().get() as string;

describe('shared files and backups in the window', () => {
  it('Filer → Gendan fra sikkerhedskopi… lists the backups by date and restores one after confirmation', async () => {
    harness = await startHarness();
    const { page, session } = harness;
    // A backup of the state as created, then an edit that should be undone by restoring it.
    await harness.dispatch('backups.createNow', {});
    await harness.dispatch('program.update', { patch: { title: 'Ændret ved en fejl' } });
    session.emit('menu.command', { command: 'restoreBackup' });
    const dialog = page.getByRole('dialog', { name: 'Gendan fra sikkerhedskopi' });
    await expect.poll(() => dialog.getByRole('option').count()).toBe(2);
    await expect.poll(() => dialog.textContent()).toMatch(/Der tages automatisk én kopi om dagen, og de seneste 14 gemmes/);
    const manual = dialog.getByRole('option').filter({ hasText: 'Taget af brugeren' });
    await expect.poll(() => manual.textContent()).toMatch(/^(søndag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag) \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d/);
    await manual.click();
    await dialog.getByRole('button', { name: 'Gendan…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Gendan sikkerhedskopi?' });
    await expect.poll(() => confirm.textContent()).toMatch(/Den nuværende tilstand gemmes først som en sikkerhedskopi/);
    await confirm.getByRole('button', { name: 'Gendan' }).click();
    await expect.poll(() => titleOf(harness)).toBe('Styrket indsats for social balance i Mørkhøj');
    await expect.poll(() => page.getByRole('dialog', { name: 'Gendan fra sikkerhedskopi' }).count()).toBe(0);
    const backups = (await harness.dispatch('backups.list', {})) as { ok: true; value: { backups: Array<{ kind: string }> } };
    expect(backups.value.backups.map((b) => b.kind)).toContain('beforeRestore');
  });

  it('asks before taking over a lock left by a crashed app, and shows who has a workbook open', async () => {
    const dir = tempDir('arbejdsbogen-e2e-laas-');
    const owner = openTestSession(path.join(dir, 'a'));
    const file = path.join(dir, 'Delt.arbejdsbog');
    owner.session.create(file, 'programme');
    owner.session.close();
    const longAgo = new Date(Date.now() - 5 * 3600_000).toISOString();
    fs.writeFileSync(lockPathFor(file), JSON.stringify({ app: 'Arbejdsbogen', user: 'Jens Hansen (Medlem)', machine: 'KOMMUNE-PC17', pid: 1, token: 't', since: longAgo, heartbeat: longAgo }));
    harness = await startHarness({ workbookPath: file });
    const { page } = harness;
    const question = page.getByRole('alertdialog', { name: 'Arbejdsbogen ser ud til at være efterladt åben' });
    await expect.poll(() => question.textContent()).toMatch(/efterladt åben af Jens Hansen \(Medlem\) på KOMMUNE-PC17 siden/);
    await expect.poll(() => page.getByText('Skrivebeskyttet', { exact: true }).count()).toBe(1);
    await question.getByRole('button', { name: 'Overtag arbejdsbogen' }).click();
    await expect.poll(() => harness.session.current?.readOnly).toBe(false);
    await expect.poll(() => page.getByText('Skrivebeskyttet', { exact: true }).count()).toBe(0);
    expect(JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')).machine).toBe(os.hostname());

    // Now someone else opens it: their window says who has it, since when.
    const second = await startHarness({ workbookPath: file });
    try {
      await expect.poll(() => second.page.getByRole('status').filter({ hasText: 'Arbejdsbogen er åben hos' }).first().textContent()).toMatch(
        /Arbejdsbogen er åben hos Test Formand \(Formand\) på .+ siden \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d\. Du kan læse den, men ikke ændre i den/,
      );
    } finally {
      await second.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows markup typed into a field as text, never as page content', async () => {
    harness = await startHarness();
    const { page } = harness;
    const hostile = '<img src=x onerror="document.title=\'hacked\'"><b>fed</b> ‮שלום 👩‍👩‍👧‍👦';
    await harness.dispatch('program.update', { patch: { fundingSource: hostile } });
    await harness.reload();
    await expect.poll(() => page.getByLabel('Finansiering', { exact: true }).inputValue()).toBe(hostile);
    await page.getByRole('tab', { name: 'Ændringslog' }).click();
    await expect.poll(() => page.getByText('<img src=x onerror', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('img[src="x"], b:text("fed")').count()).toBe(0);
    expect(await page.title()).not.toBe('hacked');
  });
});
