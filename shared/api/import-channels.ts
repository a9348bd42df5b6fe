import type { WorkbookInfo } from '../domain/workbook';
import type { ImportPreview } from '../import/import-preview';
import { query } from './channel';
import { noInput, requiredText, strictInput } from './validation';

/**
 * A new workbook from a programme document (.docx, .pdf, .txt). The main process chooses the
 * file, reads it and keeps what it found under a token; the window shows the preview and sends
 * back only the token, so what is created is exactly what was read – never what the window says.
 */
export const importChannels = {
  /** The native file chooser, then the preview; null when the user cancels. A document that cannot be read is refused in Danish. */
  'workbook.import.preview': query<ImportPreview | null>()(noInput),
  /** The native save dialog, then the new workbook from the kept document, opened; null when the user cancels. */
  'workbook.import.create': query<WorkbookInfo | null>()(
    strictInput({ token: requiredText('Forhåndsvisningen', 100) }),
  ),
};
