// Import of the programme document: read and recognised from .docx (its XML), from PDF (pdf.js,
// text with positions; the PDF is the .docx printed by LibreOffice, made once, not measured) and
// from the Word text copy. Goal: under 1 s each.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { recogniseProgramme } from '../../../shared/import/recognise-programme';
import { textToStructure } from '../../../shared/import/text-blocks';
import { readProgrammeDocument } from '../../../electron/import/read-programme-document';
import { docxFromBlocks } from '../../support/programme-docx';
import { removeTempDirs, tempDir } from '../../support/temp-dirs';
import { median } from '../measure';
import type { Measurement } from '../run';

export const name = 'Import af programdokumentet (.docx, PDF, tekst)';

const TEXT_COPY = path.resolve(import.meta.dirname, '../../fixtures/programme-documents/programdokument.txt');

export async function run(): Promise<Measurement[]> {
  const dir = tempDir('arbejdsbogen-bench-import-');
  try {
    const docx = path.join(dir, 'programdokument.docx');
    fs.writeFileSync(docx, await docxFromBlocks(textToStructure(fs.readFileSync(TEXT_COPY, 'utf8')).blocks, { mergePhases: true }));
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 180_000, stdio: 'ignore' });
    const results: Measurement[] = [];
    for (const [label, file] of [['.docx', docx], ['PDF', path.join(dir, 'programdokument.pdf')], ['.txt (Words tekstkopi)', TEXT_COPY]] as const) {
      let found = '';
      const ms = await median(async () => {
        const imported = recogniseProgramme(await readProgrammeDocument(file));
        found = `${imported.initiatives.length} indsatser, ${imported.budget.reduce((n, g) => n + g.lines.length, 0)} budgetlinjer, ${imported.unplaced.length} ikke placeret`;
      }, 5);
      results.push({ label: `Import fra ${label}`, ms, note: `${found}; mål under 1 s` });
    }
    return results;
  } finally {
    removeTempDirs();
  }
}
