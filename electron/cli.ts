// Arbejdsbogen headless: the same handlers as the app, through the same dispatcher.
//   npm run cli -- new <fil>      opret en arbejdsbog fra programdokumentet
//   npm run cli -- check <fil>    kontrollér en arbejdsbog (exit 0 = i orden, 1 = problemer)
//   npm run cli -- dump <fil>     hele arbejdsbogen som JSON
// A refused file: one Danish line on stderr, exit code 2.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../shared/api/envelope';
import type { CheckReport } from '../shared/domain/workbook';
import { createDispatcher } from './app/dispatcher';
import { Session } from './app/session';
import { SettingsStore } from './app/settings';
import { RefusedFileError, UserFacingError } from './workbook/errors';

const USAGE = `Brug: npm run cli -- <kommando> <fil>

Kommandoer:
  new <fil>     opret en arbejdsbog udfyldt fra programdokumentet
  check <fil>   kontrollér filens integritet og sammenhæng
  dump <fil>    skriv hele arbejdsbogen som JSON`;

class CliExit extends Error {
  constructor(readonly exitCode: number, message: string) {
    super(message);
  }
}

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new CliExit(envelope.error.code === 'refused' ? 2 : 1, envelope.error.message);
  return envelope.value as T;
}

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if (!command || !file || rest.length > 0 || !['new', 'check', 'dump'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-cli-'));
  const session = new Session({
    settings: new SettingsStore(settingsDir),
    shell: {
      documentsDir: process.cwd(),
      chooseFileToOpen: async () => null,
      chooseFileToSave: async () => null,
    },
    fallbackAuthor: `${os.userInfo().username} (kommandolinje)`,
  });
  const dispatch = createDispatcher(session, (error) => process.stderr.write(`${String(error)}\n`));
  try {
    if (command === 'new') {
      session.create(file, 'programme');
      process.stdout.write(`Oprettet: ${path.resolve(file)}\n`);
      return 0;
    }
    session.open(file);
    if (command === 'dump') {
      process.stdout.write(`${JSON.stringify(unwrap(await dispatch('workbook.dump', {})), null, 2)}\n`);
      return 0;
    }
    const report = unwrap<CheckReport>(await dispatch('workbook.check', {}));
    const name = path.basename(file);
    if (report.problems.length === 0) {
      process.stdout.write(`${name}: i orden – ingen problemer fundet.\n`);
    } else {
      process.stdout.write(`${name}: ${report.sound ? 'i orden, men med bemærkninger' : 'der er problemer'}:\n`);
      for (const p of report.problems) process.stdout.write(`  [${p.severity}] ${p.area}: ${p.message}\n`);
    }
    return report.sound ? 0 : 1;
  } catch (error) {
    if (error instanceof CliExit) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof RefusedFileError) {
      process.stderr.write(`Kan ikke åbne: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UserFacingError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    session.close();
    fs.rmSync(settingsDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Uventet fejl: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
