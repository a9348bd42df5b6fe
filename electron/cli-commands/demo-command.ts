import path from 'node:path';
import { generateDemo, MAX_DEMO_SCALE } from '../demo/generate-demo';
import { UserFacingError } from '../workbook/errors';
import { UsageError, type CliCommand } from './command';

function parseArgs(args: string[]): { file: string; scale: number } {
  let file: string | undefined;
  let scale = 1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--scale' || arg.startsWith('--scale=')) {
      const text = arg.includes('=') ? arg.slice('--scale='.length) : args[++i];
      scale = Number(text);
      if (!text || !Number.isInteger(scale) || scale < 1 || scale > MAX_DEMO_SCALE) {
        throw new UserFacingError('invalid_input', `Skala skal være et helt tal fra 1 til ${MAX_DEMO_SCALE}`);
      }
    } else if (!file && !arg.startsWith('--')) {
      file = arg;
    } else {
      throw new UsageError();
    }
  }
  if (!file) throw new UsageError();
  return { file, scale };
}

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'demo <fil> [--scale N]',
  description: 'opret en arbejdsbog med demonstrationsdata (møder, handlinger, aktiviteter, partnere, opfølgning, forbrug); N gange så meget ved --scale N',
  async run(args, { session, out }) {
    const { file, scale } = parseArgs(args);
    session.create(file, 'programme');
    const wb = session.requireWorkbook();
    const report = generateDemo(wb, session.author, scale);
    const count = (table: string) => wb.db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
    out(`Oprettet: ${path.resolve(file)}\n`);
    out(`Demonstrationsdata i skala ${scale}: ${count('meeting')} møder, ${count('agenda_item')} dagsordenspunkter, ${count('action_item')} handlinger.\n`);
    if (report.modules.includes('activities')) {
      out(`Indsatserne: ${count('activity')} aktiviteter, ${count('partner')} partnere, ${count('follow_up')} opfølgninger.\n`);
    }
    if (report.skipped.length) out(`Sprunget over (tabellerne findes ikke endnu): ${report.skipped.join(', ')}\n`);
    return 0;
  },
};
