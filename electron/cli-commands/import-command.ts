import path from 'node:path';
import { importIsClean } from '../../shared/import/imported-programme';
import { importReportLines } from '../../shared/import/import-report';
import { recogniseProgramme } from '../../shared/import/recognise-programme';
import { readProgrammeDocument } from '../import/read-programme-document';
import { UsageError, type CliCommand } from './command';

// Exit 0: all placed and consistent; 1: created, but something was not placed or a total
// disagrees (the report says what); 2: the document cannot be read at all – nothing created.
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <programdokument.docx|.pdf|.txt> <ny.arbejdsbog>',
  description: 'opret en arbejdsbog fra et programdokument, og vis hvad der blev fundet',
  async run(args, { session, out }) {
    const [document, target] = args;
    if (args.length !== 2 || !document || !target) throw new UsageError();
    const imported = recogniseProgramme(await readProgrammeDocument(document));
    out(`${importReportLines(imported).join('\n')}\n`);
    session.create(target, { imported });
    out(`\nOprettet: ${path.resolve(target)}\n`);
    return importIsClean(imported) ? 0 : 1;
  },
};
