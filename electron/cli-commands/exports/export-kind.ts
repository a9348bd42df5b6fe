import type { CliContext } from '../command';

/** What an export kind gets: the open workbook's session, where to write, and its own options. */
export interface ExportContext extends CliContext {
  /** The --out path as given on the command line. */
  target: string;
  /** Options besides --out, e.g. { møde: '3' } for `--møde 3`. Only names the kind declares. */
  options: Record<string, string>;
}

/**
 * One kind of document `npm run cli -- export <kind> <fil> --out <sti>` can write. A new kind
 * (dagsorden, referat, …) is one object of this shape and one line in exports/index.ts.
 */
export interface ExportKind {
  name: string;
  /** Danish, shown in the usage text. */
  description: string;
  /** Options the kind accepts besides --out: name → Danish description. */
  options?: Record<string, string>;
  /** Writes the document and resolves to the full path written. */
  write(ctx: ExportContext): Promise<string>;
}
