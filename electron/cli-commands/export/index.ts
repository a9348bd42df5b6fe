// `npm run cli -- export <kind> <file> --out <path> …`, dispatched by kind to the exporter that
// makes it. A feature with its own export adds its Exporter to EXPORTERS.
import type { CliCommand } from '../command';
import { budgetXlsxExporter } from './budget-xlsx-exporter';
import { documentExporter } from './document-exporter';
import { evaluationExporter } from './evaluation-exporter';
import { ExportUsageError, parseExportFlags, type Exporter } from './exporter';
import { sendingExporter } from './sending-exporter';

export const EXPORTERS: readonly Exporter[] = [documentExporter, evaluationExporter, budgetXlsxExporter, sendingExporter];

function detailedUsage(): string {
  return `Brug:\n${EXPORTERS.flatMap((e) => e.usage).map((u) => `  npm run cli -- export ${u}`).join('\n')}\n`;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export <${EXPORTERS.flatMap((e) => e.kinds).join('|')}> <fil> --out <sti> [tilvalg]`,
  description: 'gem et dokument fra arbejdsbogen (kør "export" alene for tilvalgene)',
  async run(args, ctx) {
    const [kind, file, ...rest] = args;
    const exporter = EXPORTERS.find((e) => kind !== undefined && e.kinds.includes(kind));
    try {
      if (!exporter) throw new ExportUsageError(kind ? `Ukendt dokument: ${kind}` : 'Angiv hvad der skal eksporteres');
      if (!file || file.startsWith('--')) throw new ExportUsageError('Angiv arbejdsbogen (filen) der skal eksporteres fra');
      const flags = parseExportFlags(rest, exporter.flags, exporter.outIsOptional, exporter.switches);
      return await exporter.run(kind!, file, flags.get('out') ?? '', flags, ctx);
    } catch (error) {
      if (!(error instanceof ExportUsageError)) throw error;
      process.stderr.write(`${error.message}\n\n${detailedUsage()}`);
      return 64;
    }
  },
};
