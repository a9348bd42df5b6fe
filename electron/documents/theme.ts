// The documents' look in one place: a sober municipal letter, Arial (metric-compatible
// Liberation Sans where Arial is missing, so LibreOffice and Word lay out alike), dark blue
// headings, light grey tables. Sizes in the units Word uses (twips = 1/20 pt, half-points).

export const FONT = 'Arial';

export const COLOURS = {
  accent: '1F3A5F',
  text: '1A1A1A',
  muted: '5F6B78',
  rule: '9AA8B8',
  tableBorder: 'BFC8D2',
  headerFill: 'DCE3EC',
  subtotalFill: 'EEF1F5',
  totalFill: 'DCE3EC',
  decisionFill: 'F3F6F9',
  status: {
    grøn: { fill: 'D8EFD9', text: '1E5B26', label: 'Grøn' },
    gul: { fill: 'FFF1C2', text: '7A5B00', label: 'Gul' },
    rød: { fill: 'F8D7D3', text: '8A1F14', label: 'Rød' },
  },
  phaseFill: 'DCE3EC',
  phaseFillAlt: 'E8EEDC',
  currentQuarterFill: 'FFF1C2',
} as const;

/** Half-points. */
export const SIZES = {
  body: 21,
  small: 18,
  table: 18,
  tableSmall: 15,
  header: 17,
  title: 44,
  subtitle: 26,
  heading1: 28,
  heading2: 24,
  heading3: 21,
} as const;

const CM = 567; // twips per centimetre

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  orientation: 'portrait' | 'landscape';
}

export const A4_PORTRAIT: PageGeometry = {
  width: 11906,
  height: 16838,
  margin: { top: Math.round(2.5 * CM), right: 2 * CM, bottom: Math.round(2.4 * CM), left: Math.round(2.5 * CM), header: Math.round(1.1 * CM), footer: Math.round(1.1 * CM) },
  orientation: 'portrait',
};

export const A4_LANDSCAPE: PageGeometry = {
  width: 16838,
  height: 11906,
  margin: { top: Math.round(2.3 * CM), right: 2 * CM, bottom: Math.round(2.2 * CM), left: 2 * CM, header: Math.round(1.1 * CM), footer: Math.round(1.1 * CM) },
  orientation: 'landscape',
};

/** The width the text may use on a page, in twips. */
export function textWidth(page: PageGeometry): number {
  return page.width - page.margin.left - page.margin.right;
}
