// `export evaluering <fil> --from dd.mm.åååå --to dd.mm.åååå --out <sti.docx> [--slut]`: the
// midtvejs- or slutevaluering draft the Rapporter sheet makes, from the same code. Dates are read
// as the app's date fields read them (dd.mm.åååå, or ÅÅÅÅ-MM-DD).
import path from 'node:path';
import { generateDocumentInput } from '../../../shared/api/report-channels';
import { describeValidationError } from '../../../shared/api/validation';
import { readDanishDate, todayIso } from '../../../shared/dates';
import { EVALUATION_LABELS } from '../../../shared/domain/report';
import { renderInWorker } from '../../features/reports/render-in-worker';
import { writeDocumentFile } from '../../features/reports/save-document';
import { ExportUsageError, type Exporter } from './exporter';

function dateFlag(value: string | undefined, flag: string): string {
  if (value === undefined) throw new ExportUsageError(`${flag} mangler: angiv evalueringens periode med --from og --to (dd.mm.åååå)`);
  const reading = readDanishDate(value);
  if (!reading.ok) throw new ExportUsageError(`${flag}: ${reading.message}`);
  return reading.iso;
}

export const evaluationExporter: Exporter = {
  kinds: ['evaluering'],
  usage: ['evaluering <fil> --from dd.mm.åååå --to dd.mm.åååå --out <sti.docx> [--slut]'],
  flags: ['from', 'to'],
  switches: ['slut'],

  async run(_kind, file, out, flags, { session, out: print }) {
    const from = dateFlag(flags.get('from'), '--from');
    const to = dateFlag(flags.get('to'), '--to');
    const parsed = generateDocumentInput.safeParse({ kind: 'evaluering', from, to, stage: flags.has('slut') ? 'slut' : 'midtvejs' });
    if (!parsed.success) throw new ExportUsageError(describeValidationError(parsed.error));

    session.open(file);
    const rendered = await renderInWorker(session.requireWorkbook(), parsed.data, { today: todayIso(), lastStatusReportTo: null, author: session.settings.user });
    const written = writeDocumentFile(out, rendered.buffer);
    const size = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(rendered.buffer.length / 1024);
    print(`${EVALUATION_LABELS[parsed.data.stage ?? 'midtvejs']} gemt: ${path.resolve(written)} (${size} kB)\n`);
    return 0;
  },
};
