// The evaluation draft's own building blocks: the shaded space left for the author's judgement,
// and the small formatting the sections share.
import { formatDateShort } from '../../../shared/dates';
import { initiativeLabel, type Initiative } from '../../../shared/domain/initiative';
import { Paragraph } from 'docx';
import { run, type Block } from '../blocks';
import { STYLE } from '../styles';
import { gridTable } from '../tables';
import { cleanLine } from '../text';
import { A4_PORTRAIT, COLOURS, textWidth } from '../theme';

export const WIDTH = textWidth(A4_PORTRAIT);

/** Column widths from fractions of the text width, the last taking what rounding left. */
export function widthsOf(fractions: number[]): number[] {
  const widths = fractions.slice(0, -1).map((f) => Math.round(WIDTH * f));
  widths.push(WIDTH - widths.reduce((a, b) => a + b, 0));
  return widths;
}

export function nameOf(initiative: Pick<Initiative, 'number' | 'title'>): string {
  return initiativeLabel({ number: initiative.number, title: cleanLine(initiative.title) });
}

/** The text of the author's space, so tests and readers find every one the same way. */
export function judgementText(prompt: string): string {
  return `[Forfatterens vurdering: ${prompt} …]`;
}

/**
 * A shaded box where the workbook has nothing to say and the author must judge: the draft marks
 * the space rather than fill it with words the workbook cannot back.
 */
export function judgementBox(prompt: string, width = WIDTH): Block {
  // Two empty lines below the prompt: room to write in, in Word and on paper.
  const lines = [judgementText(prompt), '', ''].map((text) => new Paragraph({ style: STYLE.tableText, children: [run(text, { italics: true, color: COLOURS.muted })] }));
  return gridTable({ widths: [width], body: [[{ paragraphs: lines, fill: COLOURS.currentQuarterFill }]] });
}

/** "Lektiecafé (12.03.2021)" */
export function withDate(name: string, date: string | null): string {
  return date ? `${cleanLine(name)} (${formatDateShort(date)})` : cleanLine(name);
}
