// The import in the app through the real dispatcher: workbook.import.preview reads the document the
// file chooser gives and keeps it under a token; workbook.import.create makes the workbook from
// what was kept – never from the window – or nothing, when the user cancels or the token is unknown.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/import/import-preview';
import { tempDir } from '../support/temp-dirs';
import { openTestSession } from '../support/workbooks';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/programme-documents');

type Opened = ReturnType<typeof openTestSession>;
let opened: Opened | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

/** A session whose file dialogs answer from the queue, and which records what they were asked. */
function sessionWithDialogs(answers: Array<string | null>) {
  const dir = tempDir();
  const asked: Array<{ kind: 'open' | 'save'; detail: unknown }> = [];
  opened = openTestSession(dir, {
    shell: {
      documentsDir: path.join(dir, 'Dokumenter'),
      chooseFileToOpen: async (options) => (asked.push({ kind: 'open', detail: options }), answers.shift() ?? null),
      chooseFileToSave: async (suggested, title) => (asked.push({ kind: 'save', detail: { suggested, title } }), answers.shift() ?? null),
      openPath: async () => null,
    },
  });
  return { ...opened, asked, answers };
}

describe('workbook.import.preview', () => {
  it('shows what the text copy holds: facts, texts, goals, initiatives with phases, the plan and the budget with totals', async () => {
    const t = sessionWithDialogs([path.join(FIXTURES, 'programdokument.txt')]);
    const preview = (await t.call('workbook.import.preview', {})) as ImportPreview;
    expect(t.asked[0]).toEqual({ kind: 'open', detail: { title: 'Vælg programdokument', filters: [{ name: 'Programdokument (Word, PDF eller tekst)', extensions: ['docx', 'pdf', 'txt'] }] } });
    expect(preview.fileName).toBe('programdokument.txt');
    expect(preview.suggestedName).toBe('Styrket indsats for social balance i Mørkhøj.arbejdsbog');
    expect(preview.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(preview.clean).toBe(true);
    expect(preview.imported.program).toMatchObject({ title: 'Styrket indsats for social balance i Mørkhøj', periodStart: '2019-K2', periodEnd: '2022-K4' });
    expect(preview.imported.goals).toHaveLength(5);
    expect(preview.imported.initiatives.map((i) => [i.number, i.phases.length])).toEqual([[1, 4], [2, 4], [3, 2]]);
    expect(preview.plan?.quarters).toHaveLength(15);
    expect(preview.plan?.lanes.map((l) => l.initiative)).toEqual([1, 2, 3]);
    expect(preview.budget?.years).toEqual([2019, 2020, 2021, 2022]);
    expect(preview.budget?.groups.map((g) => g.totals.total)).toEqual([1_910_000, 600_000]);
    expect(preview.budget?.totals).toEqual({ label: 'I alt', amounts: [477_500, 930_000, 630_000, 472_500], total: 2_510_000 });
    expect(preview.imported.unplaced).toEqual([]);
    // Nothing is created by a preview.
    expect(t.session.current).toBeNull();
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.arbejdsbog'))).toEqual([]);
  });

  it('reads the PDF extract\'s budget without columns, and lists the plan it cannot place with the warning', async () => {
    const t = sessionWithDialogs([path.join(FIXTURES, 'programdokument-pdf-udtraek.txt')]);
    const preview = (await t.call('workbook.import.preview', {})) as ImportPreview;
    expect(preview.clean).toBe(false);
    expect(preview.imported.unplaced.map((u) => u.where)).toEqual(['Programplan, tabel uden kolonner']);
    expect(preview.imported.warnings).toHaveLength(1);
    expect(preview.budget?.groups.map((g) => g.totals.total)).toEqual([1_910_000, 600_000]);
    expect(preview.budget?.totals).toEqual({ label: 'I alt', amounts: [477_500, 930_000, 630_000, 472_500], total: 2_510_000 });
    expect(preview.plan).toBeNull();
  });

  it('refuses a document that cannot be read with a Danish message, and keeps nothing', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'tomt.docx');
    fs.writeFileSync(empty, '');
    const t = sessionWithDialogs([empty]);
    const result = await t.raw('workbook.import.preview', {});
    expect(result).toEqual({ ok: false, error: { code: 'refused', message: 'Filen »tomt.docx« er tom' } });
    expect(t.session.current).toBeNull();
  });

  it('names the chosen file when the reader\'s refusal does not', async () => {
    const dir = tempDir();
    const damaged = path.join(dir, 'beskadiget.docx');
    fs.writeFileSync(damaged, 'PK\u0003\u0004 ikke et Word-dokument');
    const t = sessionWithDialogs([damaged]);
    expect(await t.raw('workbook.import.preview', {})).toEqual({
      ok: false, error: { code: 'refused', message: 'Filen »beskadiget.docx« kan ikke læses. Word-dokumentet er beskadiget: det kan ikke pakkes ud' },
    });
  });

  it('answers null when the file chooser is cancelled', async () => {
    const t = sessionWithDialogs([null]);
    expect(await t.call('workbook.import.preview', {})).toBeNull();
  });
});

describe('workbook.import.create', () => {
  it('creates the workbook from the kept document where the user saves it, opens it, and will not create it twice', async () => {
    const t = sessionWithDialogs([path.join(FIXTURES, 'programdokument.txt')]);
    const preview = (await t.call('workbook.import.preview', {})) as ImportPreview;
    const target = path.join(t.dir, 'Mørkhøj fra dokumentet'); // without the extension, as a save dialog may give it
    t.asked.length = 0;
    t.answers.push(target);
    const info = await t.call('workbook.import.create', { token: preview.token });
    expect(t.asked).toEqual([{ kind: 'save', detail: { suggested: 'Styrket indsats for social balance i Mørkhøj.arbejdsbog', title: 'Gem den nye arbejdsbog' } }]);
    expect(info).toMatchObject({ path: `${target}.arbejdsbog`, title: 'Styrket indsats for social balance i Mørkhøj' });
    expect(t.session.current?.filePath).toBe(`${target}.arbejdsbog`);
    const budget = await t.call('budget.get', {});
    const amounts = budget.data.groups.flatMap((g) => g.lines.map((l) => [l.costType, Object.fromEntries(Object.entries(l.amounts).map(([y, a]) => [y, a.budget]))]));
    expect(amounts[0]).toEqual(['Løn', { 2019: 143_750, 2020: 575_000, 2021: 575_000, 2022: 431_250 }]);
    expect(budget.data.groups.map((g) => g.title)).toEqual(preview.imported.budget.map((g) => g.title));
    const log = await t.call('workbook.changeLog', { limit: 5 });
    expect(JSON.stringify(log)).toContain('Arbejdsbog oprettet fra programdokumentet »Styrket indsats for social balance i Mørkhøj«');

    const again = await t.raw('workbook.import.create', { token: preview.token });
    expect(again).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('Forhåndsvisningen findes ikke længere') } });
  });

  it('creates nothing when the save dialog is cancelled, and the preview can still be confirmed', async () => {
    const t = sessionWithDialogs([path.join(FIXTURES, 'programdokument.txt'), null]);
    const preview = (await t.call('workbook.import.preview', {})) as ImportPreview;
    expect(await t.call('workbook.import.create', { token: preview.token })).toBeNull();
    expect(t.session.current).toBeNull();
    const files = () => fs.readdirSync(t.dir, { recursive: true }).map(String).filter((f) => f.includes('.arbejdsbog'));
    expect(files()).toEqual([]);
  });

  it('refuses an unknown token and a malformed one in Danish, and creates nothing', async () => {
    const t = sessionWithDialogs([path.join(tempDir(), 'x.arbejdsbog')]);
    expect(await t.raw('workbook.import.create', { token: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false, error: { code: 'refused', message: 'Forhåndsvisningen findes ikke længere. Vælg programdokumentet igen under Filer → Ny arbejdsbog fra programdokument…' },
    });
    expect(await t.raw('workbook.import.create', { token: '', imported: {} })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // The save dialog was never shown.
    expect(t.asked).toEqual([]);
    expect(t.session.current).toBeNull();
  });
});
