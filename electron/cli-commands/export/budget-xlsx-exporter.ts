// `export budget-xlsx <fil> --out <sti.xlsx>`: the Økonomi sheet as an Excel file with formulas.
import path from 'node:path';
import { writeBudgetXlsx } from '../../features/budget/budget-xlsx';
import type { Exporter } from './exporter';

export const budgetXlsxExporter: Exporter = {
  kinds: ['budget-xlsx'],
  usage: ['budget-xlsx <fil> --out <sti.xlsx>'],
  flags: [],
  async run(_kind, file, out, _flags, { session, out: print }) {
    session.open(file);
    const written = await writeBudgetXlsx(session.requireWorkbook(), out, { author: session.author });
    print(`${path.basename(file)}: budget-xlsx skrevet til ${written}\n`);
    return 0;
  },
};
