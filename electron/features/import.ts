// Filer → Ny arbejdsbog fra programdokument…: read and recognise the chosen document, keep what
// was found here in the main process under a token, and create the workbook from that alone.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { importChannels } from '../../shared/api/import-channels';
import { buildImportPreview } from '../../shared/import/import-preview';
import type { ImportedProgramme } from '../../shared/import/imported-programme';
import { recogniseProgramme } from '../../shared/import/recognise-programme';
import type { Session } from '../app/session';
import { ImportRefusal } from '../import/import-refusal';
import { readProgrammeDocument } from '../import/read-programme-document';
import { UserFacingError } from '../workbook/errors';
import { withExtension } from './app';
import type { HandlerMap } from './handler';

const DOCUMENT_FILTER = { name: 'Programdokument (Word, PDF eller tekst)', extensions: ['docx', 'pdf', 'txt'] };

/** Previews a window may still confirm; older ones are forgotten so abandoned documents do not pile up. */
const KEEP_PREVIEWS = 5;
const pendingBySession = new WeakMap<Session, Map<string, ImportedProgramme>>();

function pending(session: Session): Map<string, ImportedProgramme> {
  let map = pendingBySession.get(session);
  if (!map) pendingBySession.set(session, (map = new Map()));
  return map;
}

function keep(session: Session, imported: ImportedProgramme): string {
  const map = pending(session);
  const token = randomUUID();
  map.set(token, imported);
  for (const oldest of map.keys()) {
    if (map.size <= KEEP_PREVIEWS) break;
    map.delete(oldest);
  }
  return token;
}

/** A refusal names the file the user chose, so it is clear which document could not be read. */
async function readDocumentNamed(document: string) {
  try {
    return await readProgrammeDocument(document);
  } catch (error) {
    const name = path.basename(document);
    if (error instanceof ImportRefusal && !error.message.includes(name)) throw new ImportRefusal(`Filen »${name}« kan ikke læses. ${error.message}`);
    throw error;
  }
}

export const importHandlers: HandlerMap<keyof typeof importChannels> = {
  'workbook.import.preview': async (_input, ctx) => {
    const document = await ctx.shell.chooseFileToOpen({ title: 'Vælg programdokument', filters: [DOCUMENT_FILTER] });
    if (!document) return null;
    const imported = recogniseProgramme(await readDocumentNamed(document));
    return buildImportPreview(imported, path.basename(document), keep(ctx.session, imported));
  },

  'workbook.import.create': async ({ token }, ctx) => {
    const imported = pending(ctx.session).get(token);
    if (!imported) {
      throw new UserFacingError('refused', 'Forhåndsvisningen findes ikke længere. Vælg programdokumentet igen under Filer → Ny arbejdsbog fra programdokument…');
    }
    const suggested = buildImportPreview(imported, '', token).suggestedName;
    const target = await ctx.shell.chooseFileToSave(suggested, 'Gem den nye arbejdsbog');
    if (!target) return null;
    const info = ctx.session.create(withExtension(target), { imported });
    // Created once: the same preview cannot make a second workbook.
    pending(ctx.session).delete(token);
    return info;
  },
};
