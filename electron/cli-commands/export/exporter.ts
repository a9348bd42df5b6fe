import type { CliContext } from '../command';

/** Options after `export <kind> <file>`: --name value or --name=value. */
export type ExportFlags = Map<string, string>;

/**
 * One kind of export (`npm run cli -- export <kind> <file> --out <path> …`). Several features
 * export (Word documents, the budget as .xlsx); the export command dispatches by kind.
 */
export interface Exporter {
  kinds: readonly string[];
  /** One usage line per kind, without the leading "export". */
  usage: string[];
  /** Flags this exporter accepts besides --out. */
  flags: readonly string[];
  /** Flags that take no value (--slut); present in the flags as "ja". */
  switches?: readonly string[];
  /** --out may be left out (a folder with a default); run then gets an empty out. */
  outIsOptional?: boolean;
  run(kind: string, file: string, out: string, flags: ExportFlags, ctx: CliContext): Promise<number>;
}

export class ExportUsageError extends Error {}

export function parseExportFlags(args: string[], allowed: readonly string[], outIsOptional = false, switches: readonly string[] = []): ExportFlags {
  const flags: ExportFlags = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new ExportUsageError(`Uventet argument: ${arg}`);
    const name = match[1]!;
    if (switches.includes(name)) {
      if (match[2] !== undefined) throw new ExportUsageError(`--${name} tager ingen værdi`);
      if (flags.has(name)) throw new ExportUsageError(`--${name} er angivet to gange`);
      flags.set(name, 'ja');
      continue;
    }
    if (name !== 'out' && !allowed.includes(name)) throw new ExportUsageError(`Ukendt tilvalg: --${name}`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '' || value.startsWith('--')) throw new ExportUsageError(`--${name} mangler en værdi`);
    if (flags.has(name)) throw new ExportUsageError(`--${name} er angivet to gange`);
    flags.set(name, value);
  }
  if (!flags.has('out') && !outIsOptional) throw new ExportUsageError('--out mangler: angiv hvor filen skal gemmes');
  return flags;
}
