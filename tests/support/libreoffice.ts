// LibreOffice headless as the independent spreadsheet engine the Excel export is checked with.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Calc keeps the cached results of an .xlsx unless told to recalculate on load; 0 = always.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens the .xlsx in LibreOffice Calc, recalculates every formula and writes the first sheet as
 * CSV (comma, UTF-8, raw numbers rather than formatted text). Returns the rows.
 */
export function recalculatedCsv(xlsxPath: string, workDir: string): string[][] {
  const profile = path.join(workDir, 'lo-profil');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  const outDir = path.join(workDir, 'csv');
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [
    `-env:UserInstallation=file://${profile}`, '--headless', '--norestore',
    // Tokens: separator 44 (,), quote 34 ("), charset 76 (UTF-8), from line 1, …, 9th: "as shown" = false.
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false',
    '--outdir', outDir, xlsxPath,
  ], { timeout: 120_000, stdio: 'pipe' });
  const csvPath = path.join(outDir, `${path.basename(xlsxPath, '.xlsx')}.csv`);
  return parseCsv(fs.readFileSync(csvPath, 'utf8'));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
