// Arbejdsbogen headless: the same handlers as the app, through the same dispatcher.
// `npm run cli -- <kommando> …`; see CLI_COMMANDS for the commands.
// Exit codes: 0 ok, 1 problems found or refused change, 2 refused file, 64 wrong usage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher } from './app/dispatcher';
import { Session } from './app/session';
import { SettingsStore } from './app/settings';
import { UsageError } from './cli-commands/command';
import { CLI_COMMANDS } from './cli-commands';
import { RefusedFileError, UserFacingError } from './workbook/errors';

function usage(): string {
  const width = Math.max(...CLI_COMMANDS.map((c) => c.usage.length));
  return `Brug: npm run cli -- <kommando> …\n\nKommandoer:\n${CLI_COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`).join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(usage());
    return 64;
  }
  const settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-cli-'));
  const session = new Session({
    settings: new SettingsStore(settingsDir),
    shell: { documentsDir: process.cwd(), chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
    fallbackAuthor: `${os.userInfo().username} (kommandolinje)`,
  });
  const dispatch = createDispatcher(session, (error) => process.stderr.write(`${String(error)}\n`));
  try {
    return await command.run(args, { session, dispatch, out: (text) => process.stdout.write(text) });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`Brug: npm run cli -- ${command.usage}\n`);
      return 64;
    }
    if (error instanceof RefusedFileError) {
      process.stderr.write(`Kan ikke åbne: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UserFacingError) {
      process.stderr.write(`${error.message}\n`);
      return error.code === 'refused' ? 2 : 1;
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
