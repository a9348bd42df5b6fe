import path from 'node:path';
import type { Envelope } from '../../shared/api/envelope';
import type { CheckReport } from '../../shared/domain/workbook';
import { UserFacingError } from '../workbook/errors';
import { UsageError, type CliCommand } from './command';

export function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new UserFacingError(envelope.error.code, envelope.error.message);
  return envelope.value as T;
}

function singleFile(args: string[]): string {
  if (args.length !== 1 || !args[0]) throw new UsageError();
  return args[0];
}

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'new <fil>',
  description: 'opret en arbejdsbog udfyldt fra programdokumentet',
  async run(args, { session, out }) {
    const file = singleFile(args);
    session.create(file, 'programme');
    out(`Oprettet: ${path.resolve(file)}\n`);
    return 0;
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check <fil>',
  description: 'kontrollér filens integritet og sammenhæng (exit 0 = i orden, 1 = problemer)',
  async run(args, { session, dispatch, out }) {
    const file = singleFile(args);
    session.open(file);
    const report = unwrap<CheckReport>(await dispatch('workbook.check', {}));
    const name = path.basename(file);
    if (report.problems.length === 0) {
      out(`${name}: i orden – ingen problemer fundet.\n`);
    } else {
      out(`${name}: ${report.sound ? 'i orden, men med bemærkninger' : 'der er problemer'}:\n`);
      for (const p of report.problems) out(`  [${p.severity}] ${p.area}: ${p.message}\n`);
    }
    return report.sound ? 0 : 1;
  },
};

export const dumpCommand: CliCommand = {
  name: 'dump',
  usage: 'dump <fil>',
  description: 'skriv hele arbejdsbogen som JSON',
  async run(args, { session, dispatch, out }) {
    session.open(singleFile(args));
    out(`${JSON.stringify(unwrap(await dispatch('workbook.dump', {})), null, 2)}\n`);
    return 0;
  },
};
