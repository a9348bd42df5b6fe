// Ctrl+V of a block copied from Excel into every editable grid outside Økonomi (Økonomi has its
// own in budget-paste.test.ts), in Chromium on a demonstration workbook with the real clipboard:
// the block fills exactly the cells right of and below the selected one as one change that one
// Ctrl+Z takes back, or – crossing a computed column, running past the last row, or holding one
// value the workbook refuses – nothing at all, and the notice says where. The file is read after each.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/demo/generate-demo';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness({ user: { name: 'Lene Bach Andersen', role: 'Formand' } });
  generateDemo(harness.session.requireWorkbook(), 'Test', 1);
  await harness.reload();
  page = harness.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
}, 60_000);
afterAll(async () => {
  await harness?.close();
  await closeBrowser();
});

const db = () => harness.session.requireWorkbook().db;
const rows = <T>(sql: string, ...params: unknown[]) => db().prepare(sql).all(...params) as T[];
const changeSets = () => db().prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number;

/** Every row of the workbook's data, without the change log: "the file is unchanged" means this is. */
function fingerprint(): string {
  const tables = db().prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('change','change_set') ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((table) => db().prepare(`SELECT * FROM "${table}" ORDER BY id`).all()));
}

const grid = (label: string) => page.locator(`.data-grid[aria-label="${label}"]`);
const row = (label: string, index: number) => grid(label).locator(`.ag-row[row-index="${index}"]`);
/** The workbook id of the grid's row at a displayed index. */
const rowId = async (label: string, index: number) => Number(await row(label, index).getAttribute('row-id'));

async function openSheet(name: string, gridLabel: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect.poll(() => grid(gridLabel).locator('.ag-row').count()).toBeGreaterThan(0);
}

/** Selects the cell (by column id, or the row's first cell) and presses Ctrl+V with tsv on the clipboard. */
async function paste(label: string, index: number, colId: string | null, tsv: string) {
  const target = colId ? row(label, index).locator(`.ag-cell[col-id="${colId}"]`) : row(label, index).locator('.ag-cell').first();
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
  await page.keyboard.press('Control+v');
}

const lastAlert = () => page.getByRole('alert').last().textContent();
const notices = () => page.locator('.notices').textContent();

/** A refused paste: the alert says why and where, and the file holds exactly what it held. */
async function expectRefused(label: string, index: number, colId: string | null, tsv: string, message: string) {
  const before = fingerprint();
  const sets = changeSets();
  await paste(label, index, colId, tsv);
  await expect.poll(lastAlert).toContain(message);
  expect(fingerprint()).toBe(before);
  expect(changeSets()).toBe(sets);
}

/** A stored paste: one change, the notice names the cells, and one Ctrl+Z gives the file back. */
async function expectStored(label: string, index: number, colId: string | null, tsv: string, stored: () => unknown, expected: unknown, notice: string) {
  const before = fingerprint();
  const sets = changeSets();
  await paste(label, index, colId, tsv);
  await expect.poll(stored).toEqual(expected);
  expect(changeSets()).toBe(sets + 1);
  await expect.poll(notices).toContain(notice);
  await page.keyboard.press('Control+z');
  await expect.poll(fingerprint).toBe(before);
}

describe('pasting a block from Excel into the grids, on a demonstration workbook', () => {
  it('Program: members take a 2×2 block; a bad e-mail or a block past the last row refuses it all', async () => {
    await openSheet('Program', 'Styregruppens medlemmer');
    const label = 'Styregruppens medlemmer';
    const [a, b] = [await rowId(label, 0), await rowId(label, 1)];
    const members = () => rows<{ name: string; role: string }>('SELECT name, role FROM member WHERE id IN (?, ?) ORDER BY position', a, b);
    await expectStored(label, 0, 'name', 'Anna Holm\tFormand\r\nBo Berg\tNæstformand\r\n', members,
      [{ name: 'Anna Holm', role: 'Formand' }, { name: 'Bo Berg', role: 'Næstformand' }], '4 celler sat ind i Navn, Rolle, række 1–2');
    await expectRefused(label, 0, 'organisation', 'Gladsaxe Kommune\tlene.bach\r\nBiblioteket\tsara@demo.dk\r\n', 'Intet er sat ind: række 1, kolonnen "E-mail" –');
    const count = await grid(label).locator('.ag-row').count();
    await expectRefused(label, 1, 'name', Array.from({ length: count }, (_, i) => `Navn ${i}`).join('\r\n'), `Blokken har ${count} rækker, men der er kun ${count - 1} rækker`);
  });

  it('Program: goals, focus areas and policies take a column of text; Nr. is computed and refuses the block', async () => {
    await openSheet('Program', 'Mål');
    for (const [list, label] of [['goal', 'Mål'], ['focusArea', 'Styregruppens indsatsområder'], ['policy', 'Politikker og strategier, programmet understøtter']] as const) {
      const texts = () => rows<{ text: string }>('SELECT text FROM program_list_item WHERE list = ? ORDER BY position LIMIT 2', list).map((r) => r.text);
      await expectStored(label, 0, 'text', `Første ${list}\r\nAndet ${list}\r\n`, texts, [`Første ${list}`, `Andet ${list}`], '2 celler sat ind i');
      await expectRefused(label, 0, null, '1\tNyt punkt', 'Kolonnen "Nr." kan ikke udfyldes (den beregnes eller er låst). Intet er sat ind');
      const count = await grid(label).locator('.ag-row').count();
      await expectRefused(label, count - 1, 'text', 'Sidste\r\nEn for meget\r\n', 'Blokken har 2 rækker, men der er kun 1 række');
    }
  });

  it('Indsatser: initiatives take title and responsible; "1,5" in Nr. or a block over Aktiviteter refuses it all', async () => {
    await openSheet('Indsatser', 'Indsatser');
    const label = 'Indsatser';
    const initiatives = () => rows<{ title: string; responsible: string }>('SELECT title, responsible FROM initiative ORDER BY position LIMIT 2');
    await expectStored(label, 0, 'title', 'Fællesskab\tArbejdsgruppe 1\r\nFritid\tArbejdsgruppe 2\r\n', initiatives,
      [{ title: 'Fællesskab', responsible: 'Arbejdsgruppe 1' }, { title: 'Fritid', responsible: 'Arbejdsgruppe 2' }], '4 celler sat ind i Titel, Ansvarlig, række 1–2');
    await expectRefused(label, 0, 'number', '7\tNy titel\r\n1,5\tAnden titel\r\n', 'Intet er sat ind: række 2, kolonnen "Nr." –');
    await expectRefused(label, 0, 'statusReason', 'Begrundelse\t3 aktiviteter', 'Kolonnen "Aktiviteter" kan ikke udfyldes (den beregnes eller er låst). Intet er sat ind');
  });

  it('Indsatser: activities take name and status; an unreadable start date refuses the whole block', async () => {
    await openSheet('Indsatser', 'Indsatser');
    const label = 'Aktiviteter';
    const [a, b] = [await rowId(label, 0), await rowId(label, 1)];
    const activities = () => rows<{ name: string; status: string }>('SELECT name, status FROM activity WHERE id IN (?, ?) ORDER BY position', a, b);
    await expectStored(label, 0, 'name', 'Fællesspisning\tidé\r\nLektiecafé\tstoppet\r\n', activities,
      [{ name: 'Fællesspisning', status: 'idé' }, { name: 'Lektiecafé', status: 'stoppet' }], '4 celler sat ind i Aktivitet, Status, række 1–2');
    await expectRefused(label, 0, 'startDate', '1.3.2021\t12\r\n31.02.2021\t14\r\n', 'Intet er sat ind: række 2, kolonnen "Start" –');
    // The partners column takes their names as the cell shows them, and refuses a name not on the list.
    const partnersOf = () => rows<{ name: string }>('SELECT p.name FROM activity_partner ap JOIN partner p ON p.id = ap.partner_id WHERE ap.activity_id = ? ORDER BY p.name', a).map((r) => r.name);
    await expectStored(label, 0, 'status', 'i gang\tMørkhøj Bibliotek, Sundhedsplejen', partnersOf, ['Mørkhøj Bibliotek', 'Sundhedsplejen'], '2 celler sat ind i Status, Partnere, række 1');
    await expectRefused(label, 0, 'status', 'i gang\tMørkhøj Bibliotek, Ukendt Forening', 'Intet er sat ind: række 1, kolonnen "Partnere" – Partnere: »Ukendt Forening« er ikke en partner på listen');
  });

  it('Indsatser: follow-ups take who and what was learnt; a bad date or form refuses it all', async () => {
    await openSheet('Indsatser', 'Indsatser');
    const label = 'Opfølgning';
    const [a, b] = [await rowId(label, 0), await rowId(label, 1)];
    const followUps = () => rows<{ with_whom: string; learnt: string }>('SELECT with_whom, learnt FROM follow_up WHERE id IN (?, ?) ORDER BY id', a, b);
    const expected = [{ with_whom: 'Forældre', learnt: 'Mere fællesspisning' }, { with_whom: 'Frivillige', learnt: 'Kortere møder' }];
    if (a > b) expected.reverse();
    await expectStored(label, 0, 'withWhom', 'Forældre\tMere fællesspisning\r\nFrivillige\tKortere møder\r\n', followUps, expected, '4 celler sat ind i Med hvem, Hvad vi lærte, række 1–2');
    await expectRefused(label, 0, 'date', '12.03.2024\tfokusgruppe\r\n45.03.2024\tsamtale\r\n', 'Intet er sat ind: række 2, kolonnen "Dato" –');
    await expectRefused(label, 0, 'form', 'fokusgruppe\r\nkaffemøde\r\n', 'Intet er sat ind: række 2, kolonnen "Form" –');
  });

  it('Indsatser: partners take name, type and contact; a block over Aktiviteter refuses it all', async () => {
    await openSheet('Indsatser', 'Indsatser');
    const label = 'Partnere';
    const [a, b] = [await rowId(label, 0), await rowId(label, 1)];
    const partners = () => rows<{ name: string; kind: string; contact: string }>('SELECT name, kind, contact FROM partner WHERE id IN (?, ?) ORDER BY position', a, b);
    await expectStored(label, 0, 'name', 'Biblioteket\tinstitution\tJens\r\nUngdomsklubben\tforening\tAmir\r\n', partners,
      [{ name: 'Biblioteket', kind: 'institution', contact: 'Jens' }, { name: 'Ungdomsklubben', kind: 'forening', contact: 'Amir' }], '6 celler sat ind i Partner, Type, Kontakt, række 1–2');
    await expectRefused(label, 0, 'note', 'En note\t4', 'Kolonnen "Aktiviteter" kan ikke udfyldes');
    await expectRefused(label, 0, 'kind', 'forening\r\nfirma\r\n', 'Intet er sat ind: række 2, kolonnen "Type" –');
  });

  it('Indsatser: participants take group and count; "mange" as a count refuses the whole block', async () => {
    await openSheet('Indsatser', 'Indsatser');
    const label = 'Deltagere';
    await row('Indsatser', 2).locator('.ag-cell[col-id="title"]').click();
    await expect.poll(() => grid(label).locator('.ag-row').count()).toBeGreaterThan(1);
    const [a, b] = [await rowId(label, 0), await rowId(label, 1)];
    const participants = () => rows<{ group_name: string; count: number | null }>('SELECT group_name, count FROM initiative_participant WHERE id IN (?, ?) ORDER BY position', a, b);
    await expectStored(label, 0, 'groupName', 'Pædagoger\t90\r\nLærere\t1.150\r\n', participants,
      [{ group_name: 'Pædagoger', count: 90 }, { group_name: 'Lærere', count: 1150 }], '4 celler sat ind i Deltagergruppe, Antal, række 1–2');
    await expectRefused(label, 0, 'groupName', 'Pædagoger\t90\r\nLærere\tmange\r\n', 'Intet er sat ind: række 2, kolonnen "Antal" –');
  });

  it('Handlinger: the status column takes a column of statuses; an unknown status or a block over Færdig refuses it all', async () => {
    await openSheet('Handlinger og beslutninger', 'Handlinger');
    const label = 'Handlinger';
    const [a, b] = [await rowId(label, 0), await rowId(label, 1)];
    const statuses = () => rows<{ status: string }>('SELECT status FROM action_item WHERE id IN (?, ?) ORDER BY id', a, b).map((r) => r.status);
    await expectStored(label, 0, 'status', 'i gang\r\ni gang\r\n', statuses, ['i gang', 'i gang'], '2 celler sat ind i Status, række 1–2');
    await expectRefused(label, 0, 'status', 'i gang\r\nudskudt\r\n', 'Intet er sat ind: række 2, kolonnen "Status" –');
    await expectRefused(label, 0, 'status', 'færdig\t01.01.2024', 'Kolonnen "Færdig" kan ikke udfyldes');
  });

  it('Møder: the meeting list is not for typing, so a paste there leaves the file as it was', async () => {
    await openSheet('Møder', 'Møder');
    const before = fingerprint();
    await paste('Møder', 0, null, 'Nyt møde\r\n');
    await page.waitForTimeout(300);
    expect(fingerprint()).toBe(before);
  });
});
