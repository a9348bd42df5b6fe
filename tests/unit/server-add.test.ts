// `npm run server -- add` as a real process: a local workbook becomes shared. The server keeps its
// own copy, the chair's code logs in, the original is only read – even while the app has it open.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../electron/server/server';
import { readWorkbookIdentity } from '../../electron/workbook/backups';
import { openDatabase } from '../../electron/workbook/schema';
import { fileHash } from '../support/file-hash';
import { connect, login } from '../support/server-client';
import { openTestSession, tempDir } from '../support/workbooks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = path.join(ROOT, 'electron/server/main.ts');
const NAME = 'Social balance i Mørkhøj.arbejdsbog';

let dir: string;
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function identity(file: string): string | null {
  const db = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return readWorkbookIdentity(db);
  } finally {
    db.close();
  }
}

describe('npm run server -- add', () => {
  it('copies an open workbook consistently into the server\'s folder, invites the chair once and leaves the original as it was', async () => {
    dir = tempDir('arbejdsbogen-server-add-');
    const serverFolder = path.join(dir, 'server');
    fs.mkdirSync(serverFolder);
    // The chair's own app has the workbook open, with a change only in its WAL file so far.
    const app = openTestSession(path.join(dir, 'app'));
    const original = path.join(dir, NAME);
    app.session.create(original, 'programme');
    await app.call('partners.add', { name: 'Skrevet lige før' });
    const before = fileHash(original);
    const walBefore = fileHash(`${original}-wal`);
    try {
      const out = execFileSync(process.execPath, [TSX, MAIN, 'add', original, '--chair', 'Lene Bach Andersen', '--email', 'lene@gladsaxe.dk', '--folder', serverFolder], { encoding: 'utf8' });
      const copy = path.join(serverFolder, NAME);
      expect(out).toContain(`${NAME} er kopieret til serverens mappe som ${copy}`);
      expect(out).toContain(`Lene Bach Andersen (Formand) er inviteret til ${NAME}.`);
      const code = /^\s+([A-Z2-7-]{39})$/m.exec(out)![1]!;
      expect(fileHash(original)).toBe(before);
      expect(fileHash(`${original}-wal`)).toBe(walBefore);
      expect(fs.readdirSync(serverFolder).sort()).toEqual([NAME, `${NAME}.medlemmer.json`]);
      expect(fs.readFileSync(`${copy}.medlemmer.json`, 'utf8')).not.toContain(code.replace(/-/g, '').slice(6));
      // A workbook of its own: its backups are never mistaken for the original's.
      expect(identity(copy)).not.toBe(identity(original));

      const server = await startServer({ folder: serverFolder, port: 0, log: () => undefined });
      try {
        const answer = await login(server.url, NAME, code);
        expect(answer).toMatchObject({ status: 200, body: { ok: true, value: { name: 'Lene Bach Andersen', role: 'Formand' } } });
        const chair = await connect(server.url, answer.cookie);
        const partners = await chair.call('partners.list', {});
        expect(JSON.stringify(partners)).toContain('Skrevet lige før');
        await chair.close();
      } finally {
        await server.close();
      }

      // A second time: refused, nothing overwritten, no second chair.
      const again = spawnSync(process.execPath, [TSX, MAIN, 'add', original, '--chair', 'En Anden', '--folder', serverFolder], { encoding: 'utf8' });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain(`Der findes allerede en arbejdsbog med navnet "${NAME}" i serverens mappe. Intet er kopieret`);
      expect(fs.readFileSync(`${copy}.medlemmer.json`, 'utf8')).not.toContain('En Anden');
    } finally {
      app.close();
    }
  }, 60_000);

  it('wants the chair and the server\'s folder', () => {
    dir = tempDir('arbejdsbogen-server-add-');
    const usage = spawnSync(process.execPath, [TSX, MAIN, 'add', path.join(dir, NAME)], { encoding: 'utf8' });
    expect(usage.status).toBe(64);
    expect(usage.stderr).toContain('npm run server -- add <arbejdsbog> --chair "<navn>" --folder <serverens mappe>');
    const setup = openTestSession(path.join(dir, 'app'));
    setup.session.create(path.join(dir, NAME), 'blank');
    setup.close();
    const noFolder = spawnSync(process.execPath, [TSX, MAIN, 'add', path.join(dir, NAME), '--chair', 'Lene Bach Andersen'], { encoding: 'utf8' });
    expect(noFolder.status).toBe(1);
    expect(noFolder.stderr).toContain('Angiv serverens mappe med --folder <mappe>');
  }, 60_000);
});
