// The Økonomi sheet at scale: 2.000 budget lines over 10 years (20 groups of 100 lines, budget
// and spending in every cell), through the real dispatcher on a real workbook file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher } from '../../../electron/app/dispatcher';
import { Session } from '../../../electron/app/session';
import { SettingsStore } from '../../../electron/app/settings';
import { writeBudgetXlsx } from '../../../electron/features/budget/budget-xlsx';
import type { Envelope } from '../../../shared/api/envelope';
import type { ChangedRow } from '../../../shared/api/workbook-change';
import { computeBudgetTotals } from '../../../shared/budget-totals';
import type { BudgetSheet } from '../../../shared/domain/budget';
import { applyBudgetChange, buildBudgetRows, loadBudgetModel, type BudgetSheetModel } from '../../../renderer/sheets/budget/budget-rows';
import { median } from '../measure';
import type { Measurement } from '../run';

export const name = 'Økonomi: 2.000 budgetlinjer over 10 år';

const GROUPS = 20;
const LINES_PER_GROUP = 100;
const YEARS = Array.from({ length: 10 }, (_, i) => 2019 + i);

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-bench-'));
  const settings = new SettingsStore(path.join(dir, 'indstillinger'));
  settings.setUser({ name: 'Bench', role: 'Formand' });
  const session = new Session({
    settings,
    shell: { documentsDir: dir, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
  });
  const dispatch = createDispatcher(session);
  try {
    session.create(path.join(dir, 'stor.arbejdsbog'), 'blank');
    const wb = session.requireWorkbook();
    wb.mutate('Bench', 'Stort budget', (tx) => {
      tx.update('program', 1, { period_start: '2019-K1', period_end: '2028-K4' });
      for (let g = 0; g < GROUPS; g++) {
        const groupId = tx.insert('budget_group', { title: `Gruppe ${g + 1}`, position: g + 1 });
        for (let l = 0; l < LINES_PER_GROUP; l++) {
          const lineId = tx.insert('budget_line', { group_id: groupId, cost_type: `Udgiftstype ${g + 1}.${l + 1}`, position: l + 1 });
          for (const year of YEARS) {
            tx.insert('budget_amount', {
              line_id: lineId, year,
              budget: 10_000 + ((g * 7 + l * 13 + year) % 97) * 1_000,
              // Forbrug is stored in øre, with øre as a finance system books it.
              actual_ore: (9_000 + ((g * 3 + l * 11 + year) % 89) * 1_000) * 100 + ((g + l + year) % 100),
            });
          }
        }
      }
    });
    wb.forgetUndoHistory();

    const first = unwrap<BudgetSheet>(await dispatch('budget.get', {}));
    const lineCount = first.data.groups.reduce((n, g) => n + g.lines.length, 0);
    const cells = lineCount * first.data.years.length * 2;
    const someLine = first.data.groups[7]!.lines[42]!;

    const load = await median(async () => unwrap<BudgetSheet>(await dispatch('budget.get', {})));

    // One edit in the data the sheet holds, then every line, group and year total again.
    const data = first.data;
    let bump = 0;
    const recompute = await median(() => {
      someLine.amounts[2024]!.budget = 50_000 + ++bump;
      return computeBudgetTotals(data);
    }, 20);
    const rows = await median(() => buildBudgetRows(data), 10);

    // What the user waits for after typing one amount: store it (one change set), reload the
    // sheet's data, recompute every total and rebuild the grid's rows.
    const edit = await median(async () => {
      unwrap(await dispatch('budget.amounts.set', { cells: [{ lineId: someLine.id, year: 2024, measure: 'budget', value: 60_000 + ++bump }] }));
      const sheet = unwrap<BudgetSheet>(await dispatch('budget.get', {}));
      return buildBudgetRows(sheet.data, computeBudgetTotals(sheet.data));
    });

    // The same edit as the sheet takes it now: store it, then apply the change event's rows to
    // what the sheet holds – the line, its group's subtotal and the grand total, nothing else.
    let changedRows: readonly ChangedRow[] = [];
    session.onEvent((event, payload) => {
      if (event === 'workbook.changed' && 'description' in payload && payload.rows) changedRows = payload.rows;
    });
    let live: BudgetSheetModel = loadBudgetModel(unwrap<BudgetSheet>(await dispatch('budget.get', {})));
    const applyOnce = () => {
      const next = applyBudgetChange(live, changedRows);
      if (next === 'reload') throw new Error('an amount edit should not reload the budget');
      live = next;
    };
    const incremental = await median(async () => {
      unwrap(await dispatch('budget.amounts.set', { cells: [{ lineId: someLine.id, year: 2024, measure: 'actual', value: 40_000 + ++bump / 100 }] }));
      applyOnce();
    }, 21);
    // The pure step alone: the last edit's rows applied to the state before it.
    const applyOnly = await median(() => applyBudgetChange(live, changedRows), 21);

    const out = path.join(dir, 'stor.xlsx');
    const exportTime = await median(() => writeBudgetXlsx(wb, out, { date: '2026-12-01' }), 3);
    const size = fs.statSync(out).size;

    return [
      { label: 'load sheet data (budget.get through the dispatcher)', ms: load, note: `${lineCount} linjer, ${cells} celler` },
      { label: 'recompute all totals after one edit', ms: recompute, note: 'computeBudgetTotals' },
      { label: 'build grid rows from data and totals', ms: rows },
      { label: 'one edit end to end: store, reload, totals, rows', ms: edit, note: 'før: hele arket læses og bygges igen' },
      { label: 'budget edit incremental: stored edit → updated rows+totals', ms: incremental, note: 'gem + rækkerne fra ændringen' },
      { label: 'apply one change event (line, subtotal, grand total)', ms: applyOnly, note: 'kun applyBudgetChange' },
      { label: 'export .xlsx with formulas', ms: exportTime, note: `${Math.round(size / 1024)} KB` },
    ];
  } finally {
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
