import type { CliCommand } from './command';
import { demoCommand } from './demo-command';
import { exportCommand } from './export';
import { importCommand } from './import-command';
import { seriesCommand } from './series-command';
import { suggestCommand } from './suggest-command';
import { checkCommand, dumpCommand, newCommand } from './workbook-commands';

/** Every CLI command. A new command adds one entry here. */
export const CLI_COMMANDS: readonly CliCommand[] = [newCommand, checkCommand, dumpCommand, exportCommand, importCommand, demoCommand, suggestCommand, seriesCommand];
