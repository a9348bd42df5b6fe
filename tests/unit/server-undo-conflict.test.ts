// Undo is mine and no lost updates, through the real server on 127.0.0.1 with two members on two
// real WebSockets: each one's Ctrl+Z is their own, and neither overwrites the other unseen.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostFolder, member, type Client, type HostedFolder } from '../support/server-client';

let folder: HostedFolder;
let clients: Client[] = [];

beforeEach(async () => {
  folder = await hostFolder();
});

afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  await folder.close();
});

function readFile<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(folder.workbookPath, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

async function twoMembers(): Promise<[Client, Client]> {
  const lene = await member(folder, 'Lene Bach Andersen', 'Formand');
  const sara = await member(folder, 'Sara Khalil', 'Social innovator');
  clients.push(lene, sara);
  return [lene, sara];
}

const value = <T>(envelope: unknown) => (envelope as { value: T }).value;

describe('undo over the server', () => {
  it('undoes the caller\'s own change; refuses, naming the other member, once they changed the same row', async () => {
    const [lene, sara] = await twoMembers();
    expect(await lene.call('initiatives.update', { id: 1, patch: { responsible: 'Lene' } })).toMatchObject({ ok: true });
    expect(await sara.call('initiatives.update', { id: 2, patch: { responsible: 'Sara' } })).toMatchObject({ ok: true });

    // Each member's Fortryd names their own change.
    expect(value<{ undo: { undoLabel: string } }>(await lene.call('app.state', {})).undo.undoLabel).toContain('indsats 1');
    expect(value<{ undo: { undoLabel: string } }>(await sara.call('app.state', {})).undo.undoLabel).toContain('indsats 2');
    expect(await lene.call('workbook.undo', {})).toMatchObject({ ok: true });
    expect(readFile<{ responsible: string }>('SELECT responsible FROM initiative WHERE id = 2').responsible).toBe('Sara');
    expect(readFile<{ responsible: string }>('SELECT responsible FROM initiative WHERE id = 1').responsible).not.toBe('Lene');

    // Sara edits, then Lene changes the same initiative: Sara's Ctrl+Z would throw Lene's work away.
    expect(await sara.call('initiatives.update', { id: 1, patch: { statusReason: 'Mangler frivillige' } })).toMatchObject({ ok: true });
    expect(await lene.call('initiatives.update', { id: 1, patch: { status: 'gul' } })).toMatchObject({ ok: true });
    expect(await sara.call('workbook.undo', {})).toEqual({
      ok: false, error: { code: 'conflict', message: 'Kan ikke fortrydes: Lene Bach Andersen (Formand) har siden ændret de samme rækker' },
    });
    expect(readFile('SELECT status, status_reason AS reason FROM initiative WHERE id = 1')).toEqual({ status: 'gul', reason: 'Mangler frivillige' });
  });
});

describe('conflicts over the server', () => {
  it('refuses the second of two edits made from the same value, naming the first member; the file keeps the first', async () => {
    const [lene, sara] = await twoMembers();
    const seen = readFile<{ note: string }>('SELECT note FROM partner WHERE id = 1').note;
    expect(await lene.call('partners.update', { id: 1, patch: { note: 'Lenes note' }, seen: { note: seen } })).toMatchObject({ ok: true });
    const refused = await sara.call('partners.update', { id: 1, patch: { note: 'Saras note' }, seen: { note: seen } });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/^Feltet «note» er ændret af Lene Bach Andersen \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «Lenes note»\. Din ændring er ikke gemt$/),
        changedBy: { author: 'Lene Bach Andersen (Formand)' },
      },
    });
    expect(readFile<{ note: string }>('SELECT note FROM partner WHERE id = 1').note).toBe('Lenes note');
  });

  it('lets two members edit different fields of the same row, and the change log names each by name and role', async () => {
    const [lene, sara] = await twoMembers();
    const before = readFile<{ name: string; contact: string }>('SELECT name, contact FROM partner WHERE id = 1');
    const [byLene, bySara] = await Promise.all([
      lene.call('partners.update', { id: 1, patch: { name: 'Mørkhøj Bibliotek og Kulturhus' }, seen: { name: before.name } }),
      sara.call('partners.update', { id: 1, patch: { contact: 'Sara Khalil' }, seen: { contact: before.contact } }),
    ]);
    expect([byLene, bySara]).toMatchObject([{ ok: true }, { ok: true }]);
    expect(readFile('SELECT name, contact FROM partner WHERE id = 1')).toEqual({ name: 'Mørkhøj Bibliotek og Kulturhus', contact: 'Sara Khalil' });
    const log = value<Array<{ author: string }>>(await lene.call('workbook.changeLog', { limit: 2 }));
    expect(log.map((e) => e.author).sort()).toEqual(['Lene Bach Andersen (Formand)', 'Sara Khalil (Social innovator)']);
  });
});
