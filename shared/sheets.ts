// The workbook's sheets as the user knows them: one id and one Danish name each, shared by the
// tabs, the change log's sheet filter and the undo message ("Fortrudt: … (Økonomi)").

export const SHEET_NAMES = {
  program: 'Program',
  initiatives: 'Indsatser',
  plan: 'Plan',
  budget: 'Økonomi',
  meetings: 'Møder',
  actions: 'Handlinger og beslutninger',
  reports: 'Rapporter',
  changeLog: 'Ændringslog',
} as const;

export type SheetId = keyof typeof SHEET_NAMES;
export const SHEET_IDS = Object.keys(SHEET_NAMES) as SheetId[];
