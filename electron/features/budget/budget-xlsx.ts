// The Økonomi sheet as an Excel file. Every total is a real formula (so the file recalculates in
// Excel and LibreOffice when someone edits an amount), with the computed value cached beside it
// (so previewers that never calculate still show the right figures). Totals are SUM formulas;
// the difference is Budget − Prognose, and a prognose nobody typed is the formula Forbrug +
// Disponeret, so it follows an edited figure in Excel as it does in the sheet.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { isDefaultForecast, shownForecast } from '../../../shared/budget-forecast';
import { computeBudgetTotals } from '../../../shared/budget-totals';
import { formatDateLong, todayIso } from '../../../shared/dates';
import { MEASURE_LABELS, type BudgetSheet, type Figures, type TotalsRow } from '../../../shared/domain/budget';
import type { Program } from '../../../shared/domain/program';
import { formatQuarter, yearsBetween } from '../../../shared/quarters';
import { UserFacingError } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import { readProgram } from '../program';
import { readBudgetSheet } from './read-sheet';
import { cellText, cutText, HEADER_FOOTER_LIMIT, headerFooterText } from './xlsx-text';
import { cleanLine } from '../../documents/text';

export interface BudgetXlsxOptions {
  /** ISO date printed on top; today by default. */
  date?: string;
  author?: string;
}

/**
 * Excel's number format codes are locale-neutral: a Danish Excel shows #,##0 as 1.725.000. The
 * budget is whole kroner; forbrug may carry øre, so it and everything computed from it (the
 * differences, the totals of forbrug) show two decimals.
 */
const AMOUNT_FORMAT = '#,##0';
const ORE_FORMAT = '#,##0.00';
const DIFFERENCE_FORMAT = '#,##0.00;[Red]-#,##0.00';
const MEASURE_FORMAT = { budget: AMOUNT_FORMAT, actual: ORE_FORMAT, committed: ORE_FORMAT, forecast: ORE_FORMAT } as const;
const MEASURES = ['budget', 'actual', 'committed', 'forecast', 'difference'] as const;
/** The columns summed in totals: every figure but the difference, which is worked out per row. */
const SUMMED = ['budget', 'actual', 'committed', 'forecast'] as const;
type Measure = (typeof MEASURES)[number];
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4ECF4' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F6F9' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9EEF3' } };
const THIN = { style: 'thin' as const, color: { argb: 'FFB8C4D0' } };
const PAGE_FOOTER_RIGHT = '&RSide &P af &N';

/** Column letters from a 1-based index: 1 → A, 28 → AB. */
function letter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function senderLine(program: Program): string {
  const parts = [
    [program.organisation, program.department].filter(Boolean).join(', '),
    program.journalNumber && `J. nr. ${program.journalNumber}`,
    program.caseNumber && `Sag: ${program.caseNumber}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Builds the workbook in memory; the layout mirrors the sheet: a column group per year, then I alt. */
export function buildBudgetWorkbook(sheet: BudgetSheet, program: Program, options: BudgetXlsxOptions = {}): ExcelJS.Workbook {
  const { data } = sheet;
  const years = data.years;
  const periodYears = new Set(yearsBetween(data.period.start, data.period.end));
  const totals = computeBudgetTotals(data);
  const date = options.date ?? todayIso();

  const book = new ExcelJS.Workbook();
  book.creator = cleanLine(options.author) || 'Arbejdsbogen';
  book.title = `${cleanLine(program.title)} – Økonomi`;
  book.created = new Date(`${date}T12:00:00Z`);
  book.calcProperties = { fullCalcOnLoad: true };

  const ws = book.addWorksheet('Økonomi', {
    properties: { outlineProperties: { summaryBelow: true, summaryRight: true } },
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${headerFooterText(program.title, HEADER_FOOTER_LIMIT - 2 - PAGE_FOOTER_RIGHT.length)}${PAGE_FOOTER_RIGHT}` },
  });

  const firstAmountColumn = 2;
  const column = (yearIndex: number, measure: Measure) => firstAmountColumn + yearIndex * MEASURES.length + MEASURES.indexOf(measure);
  const totalColumn = (measure: Measure) => column(years.length, measure);
  const ref = (c: number, row: number) => `${letter(c)}${row}`;
  const lastColumn = totalColumn('difference');

  ws.getColumn(1).width = 50;
  for (let c = firstAmountColumn; c <= lastColumn; c++) ws.getColumn(c).width = 13;

  // Every text typed by a user goes in through cellText (see xlsx-text.ts).
  const setText = (r: number, c: number, text: string) => {
    ws.getCell(r, c).value = cellText(text);
  };

  // The programme's name and the date on top.
  setText(1, 1, program.title);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = 'Økonomi – budget, forbrug og prognose (kr.)';
  ws.getCell(2, 1).font = { bold: true, size: 12 };
  setText(3, 1, `Programperiode ${formatQuarter(data.period.start)} – ${formatQuarter(data.period.end)}${program.fundingSource ? ` · Finansiering: ${program.fundingSource}` : ''}`);
  setText(4, 1, [senderLine(program), `Dato: ${formatDateLong(date)}`].filter(Boolean).join(' · '));
  for (const r of [3, 4]) ws.getCell(r, 1).font = { color: { argb: 'FF44505C' } };

  // Two header rows: the year over its five columns, then Budget / Forbrug / Disponeret / Prognose / Difference.
  const headerTop = 6;
  const headerBottom = 7;
  ws.mergeCells(headerTop, 1, headerBottom, 1);
  ws.getCell(headerTop, 1).value = 'Linje';
  const groupHeaders: Array<{ label: string; yearIndex: number }> = [
    ...years.map((y, i) => ({ label: periodYears.has(y) ? String(y) : `${y} (uden for perioden)`, yearIndex: i })),
    { label: 'I alt', yearIndex: years.length },
  ];
  for (const { label, yearIndex } of groupHeaders) {
    ws.mergeCells(headerTop, column(yearIndex, 'budget'), headerTop, column(yearIndex, 'difference'));
    ws.getCell(headerTop, column(yearIndex, 'budget')).value = label;
    for (const m of MEASURES) ws.getCell(headerBottom, column(yearIndex, m)).value = MEASURE_LABELS[m];
  }
  for (const r of [headerTop, headerBottom]) {
    const row = ws.getRow(r);
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      cell.alignment = c === 1 ? { vertical: 'middle' } : { horizontal: 'center', vertical: 'middle' };
    }
  }
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: headerBottom, topLeftCell: 'B8', activeCell: 'B8' }];
  ws.pageSetup.printTitlesRow = `${headerTop}:${headerBottom}`;

  const setFormula = (r: number, c: number, formula: string, result: number, format = AMOUNT_FORMAT) => {
    const cell = ws.getCell(r, c);
    cell.value = { formula, result };
    cell.numFmt = format;
  };
  /** Difference = budget − prognose, and the row's I alt = the SUM of its years, on every row. */
  const rowFormulas = (r: number, figures: TotalsRow) => {
    years.forEach((y, i) => {
      const fig = figures.byYear[y]!;
      setFormula(r, column(i, 'difference'), `${ref(column(i, 'budget'), r)}-${ref(column(i, 'forecast'), r)}`, fig.difference, DIFFERENCE_FORMAT);
    });
    for (const m of SUMMED) {
      const terms = years.map((_, i) => ref(column(i, m), r));
      setFormula(r, totalColumn(m), terms.length ? `SUM(${terms.join(',')})` : '0', figures.total[m], MEASURE_FORMAT[m]);
    }
    setFormula(r, totalColumn('difference'), `${ref(totalColumn('budget'), r)}-${ref(totalColumn('forecast'), r)}`, figures.total.difference, DIFFERENCE_FORMAT);
  };
  /** A sum row: a group's SUM over its lines (first:last), or the grand total's SUM of the groups' sums (rows). */
  const sumFormulas = (r: number, over: { first: number; last: number } | { rows: number[] }, figures: TotalsRow) => {
    years.forEach((y, i) => {
      for (const m of SUMMED) {
        const c = column(i, m);
        const value = (figures.byYear[y] as Figures)[m];
        const formula = 'rows' in over
          ? (over.rows.length ? `SUM(${over.rows.map((row) => ref(c, row)).join(',')})` : '0')
          : (over.last >= over.first ? `SUM(${ref(c, over.first)}:${ref(c, over.last)})` : '0');
        setFormula(r, c, formula, value, MEASURE_FORMAT[m]);
      }
    });
    rowFormulas(r, figures);
  };
  const styleRow = (r: number, fill: ExcelJS.Fill | null, bold: boolean, topBorder: 'thin' | 'double' | null) => {
    const row = ws.getRow(r);
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row.getCell(c);
      if (fill) cell.fill = fill;
      if (bold) cell.font = { bold: true };
      if (topBorder) cell.border = { top: topBorder === 'double' ? { style: 'double', color: { argb: 'FF1D2733' } } : THIN };
    }
  };

  let r = headerBottom + 1;
  const groupSums: number[] = [];
  for (const group of data.groups) {
    setText(r, 1, group.title);
    styleRow(r, GROUP_FILL, true, 'thin');
    r++;
    const firstLine = r;
    for (const line of group.lines) {
      const row = ws.getRow(r);
      row.outlineLevel = 1;
      const label = row.getCell(1);
      label.value = cellText(line.costType);
      label.alignment = { indent: 1, wrapText: true, vertical: 'top' };
      years.forEach((y, i) => {
        const amount = line.amounts[y];
        for (const m of ['budget', 'actual', 'committed'] as const) {
          const value = amount?.[m];
          const cell = row.getCell(column(i, m));
          if (value !== null && value !== undefined) cell.value = value;
          cell.numFmt = MEASURE_FORMAT[m];
        }
        // A typed prognose is a number; the default is the formula Forbrug + Disponeret, as in the sheet.
        const forecast = shownForecast(amount);
        const c = column(i, 'forecast');
        if (forecast !== null && isDefaultForecast(amount)) {
          setFormula(r, c, `${ref(column(i, 'actual'), r)}+${ref(column(i, 'committed'), r)}`, forecast, ORE_FORMAT);
          row.getCell(c).font = { italic: true, color: { argb: 'FF5B6673' } };
        } else {
          if (forecast !== null) row.getCell(c).value = forecast;
          row.getCell(c).numFmt = ORE_FORMAT;
        }
      });
      rowFormulas(r, totals.lines[line.id]!);
      r++;
    }
    setText(r, 1, `I alt – ${group.title}`);
    sumFormulas(r, { first: firstLine, last: r - 1 }, totals.groups[group.id]!);
    groupSums.push(r);
    styleRow(r, null, true, 'thin');
    r++;
  }
  ws.getCell(r, 1).value = 'I alt';
  sumFormulas(r, { rows: groupSums }, totals.grand);
  styleRow(r, TOTAL_FILL, true, 'double');
  const grandRow = r;
  r += 2;

  ws.getCell(r++, 1).value = 'Difference = budget − prognose. En negativ difference (rød) betyder, at prognosen overstiger budgettet.';
  ws.getCell(r++, 1).value = 'En prognose i kursiv er ikke skrevet ind, men forbrug + disponeret (en formel).';
  ws.getCell(r++, 1).value = 'Alle totaler er formler og regnes igen, når et beløb ændres.';
  ws.getCell(r++, 1).value = 'Budgettet er i hele kroner; forbrug, disponeret, prognose og difference er i kroner og øre.';
  if (sheet.problems.length) {
    r++;
    ws.getCell(r++, 1).value = 'Kontrol af budgettet:';
    ws.getCell(r - 1, 1).font = { bold: true };
    for (const problem of sheet.problems) setText(r++, 1, `• ${problem.message}`);
  }
  ws.pageSetup.printArea = `A1:${letter(lastColumn)}${Math.max(grandRow, r - 1)}`;
  return book;
}

/** The open workbook's budget as .xlsx at target (".xlsx" added if missing); written whole or not at all. */
export async function writeBudgetXlsx(wb: Workbook, target: string, options: BudgetXlsxOptions = {}): Promise<string> {
  const file = target.toLowerCase().endsWith('.xlsx') ? target : `${target}.xlsx`;
  const book = buildBudgetWorkbook(readBudgetSheet(wb), readProgram(wb), options);
  const buffer = await book.xlsx.writeBuffer();
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, Buffer.from(buffer as ArrayBuffer));
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'mappen findes ikke'
      : code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? 'filen er måske åben i et andet program, eller der mangler adgang'
      : 'der opstod en fejl ved skrivningen';
    throw new UserFacingError('refused', `Excel-filen "${path.basename(file)}" kunne ikke gemmes: ${reason}`);
  }
  return path.resolve(file);
}

/** A file name to suggest: "Økonomi – Styrket indsats for social balance i Mørkhøj 2026-12-02.xlsx". */
export function suggestedBudgetFileName(title: string, date = todayIso()): string {
  // cleanLine: no control characters (Windows refuses them in names); cutText: no half emoji.
  const safe = cutText(cleanLine(title).replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim(), 120).trim();
  return `Økonomi – ${safe || 'arbejdsbog'} ${date}.xlsx`;
}
