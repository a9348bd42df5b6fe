import { writeBudgetXlsx } from '../../features/budget/budget-xlsx';
import type { ExportKind } from './export-kind';

export const budgetXlsxExport: ExportKind = {
  name: 'budget-xlsx',
  description: 'Økonomi-arket som Excel-fil, budget og forbrug med formler',
  write: ({ session, target }) => writeBudgetXlsx(session.requireWorkbook(), target, { author: session.author }),
};
