// A table of the programme's facts, two columns, label and value ("Programejer | Direktøren i …"),
// as Arbejdsbogen's own programdokument and many templates open: each label that names a
// field of the Program sheet fills it. A letterhead table (sender, J. nr., Sag) is read too.
import { PROGRAM_FIELDS, type Program, type ProgramField } from '../domain/program';
import { quarterKey } from '../quarters';

const SYNONYMS: Readonly<Record<string, ProgramField>> = {
  programejer: 'owner', programleder: 'leader', styregruppe: 'steeringGroup', finansiering: 'fundingSource',
  'j. nr.': 'journalNumber', 'j.nr.': 'journalNumber', journalnummer: 'journalNumber', sag: 'caseNumber', sagsnummer: 'caseNumber',
  afsender: 'organisation', kommune: 'organisation', forvaltning: 'department',
};

function fieldOfLabel(label: string): ProgramField | 'period' | 'approval' | 'version' | null {
  const key = label.trim().replace(/\s*:\s*$/, '').toLowerCase();
  if (key === 'periode' || key === 'programperiode') return 'period';
  if (key === 'godkendt' || key === 'godkendelsesdato' || key === 'godkendt den') return 'approval';
  // "Version 3 af 5. december 2026" describes the document, not the programme.
  if (key === 'version') return 'version';
  if (SYNONYMS[key]) return SYNONYMS[key];
  const field = (Object.entries(PROGRAM_FIELDS) as Array<[ProgramField, string]>).find(([, name]) => name.toLowerCase() === key);
  return field ? field[0] : null;
}

/** "2019 K2 – 2022 K4" → the period's quarters. */
function periodOf(text: string): Pick<Program, 'periodStart' | 'periodEnd'> | null {
  const m = /((?:19|20)\d{2})\s*K\s*([1-4])\s*[–—-]\s*((?:19|20)\d{2})\s*K\s*([1-4])/i.exec(text);
  if (!m) return null;
  return { periodStart: quarterKey(Number(m[1]), Number(m[2])), periodEnd: quarterKey(Number(m[3]), Number(m[4])) };
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "5. december 2026" or "05.12.2026" → "2026-12-05"; "Ikke godkendt endnu" → null. */
function approvalDate(text: string): string | null {
  const long = /(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})/i.exec(text);
  const short = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  const month = long ? MONTHS.indexOf((long[2] ?? '').toLowerCase()) + 1 : Number(short?.[2]);
  const [day, year] = long ? [long[1], long[3]] : [short?.[1], short?.[3]];
  if (!day || !year || !(month >= 1 && month <= 12)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The facts the table gives, or null when it is not a table of facts. */
export function readFactsTable(rows: string[][]): Partial<Program> | null {
  const filled = rows.map((r) => r.filter((c) => c.trim())).filter((r) => r.length > 0);
  if (filled.length === 0 || filled.some((r) => r.length !== 2)) return null;
  const facts: Partial<Program> = {};
  let known = 0;
  for (const [label = '', value = ''] of filled) {
    const field = fieldOfLabel(label);
    if (field === 'period') {
      const period = periodOf(value);
      if (period) Object.assign(facts, period);
    } else if (field === 'approval') {
      const approvedOn = approvalDate(value);
      if (approvedOn) facts.approvedOn = approvedOn;
    } else if (field && field !== 'version') facts[field] = value.trim();
    if (field) known += 1;
  }
  // Every row must be a fact we know: otherwise it is some other two-column table, listed as such.
  return known === filled.length ? facts : null;
}

/** A letterhead table: its text names J. nr. or Sag (the recogniser reads those as page furniture). */
export function isLetterhead(rows: string[][]): boolean {
  return rows.length <= 3 && rows.some((r) => r.some((c) => /J\.\s*nr\.|Sag:/i.test(c)));
}
