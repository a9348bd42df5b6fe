import { budgetXlsxExport } from './budget-xlsx';
import type { ExportKind } from './export-kind';

/** Every kind `export` can write. A new kind adds one entry here. */
export const EXPORT_KINDS: readonly ExportKind[] = [budgetXlsxExport];
