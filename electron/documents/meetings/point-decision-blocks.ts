// The referat's decision for every "at": each point of the Indstilling with its outcome in bold,
// the decision's text and any dissent (afvigende mening), in the Beslutning style.
import { Paragraph } from 'docx';
import type { AgendaItem } from '../../../shared/domain/meeting';
import { dissentLine, hasDecision, pointDecisionsOf, type PointDecision } from '../../../shared/meetings/point-decisions';
import { lineRuns, run, type Block } from '../blocks';
import { STYLE } from '../styles';
import { cleanText } from '../text';
import type { MeetingDocumentData } from './meeting-document-data';
import { withoutAt } from './meeting-parts';

function pointBlocks(point: PointDecision): Block[] {
  const text = cleanText(point.text).trim();
  const outcome = point.outcome ?? 'Ikke besluttet';
  return [
    new Paragraph({ style: STYLE.decision, keepNext: true, children: [run(`at ${withoutAt(point.point)}`, { italics: true })] }),
    new Paragraph({
      style: STYLE.decision,
      keepNext: point.dissents.length > 0,
      children: [run(text ? `${outcome}: ` : outcome, { bold: true }), ...(text ? lineRuns(text.split('\n')) : [])],
    }),
    ...point.dissents.map((d, i) => new Paragraph({ style: STYLE.decision, keepNext: i < point.dissents.length - 1, children: [run(dissentLine(d), { italics: true })] })),
  ];
}

/**
 * The decided points of an item, in the Indstilling's order. A draft shows every point, undecided
 * ones as "Ikke besluttet", so what is missing can still be written; approved minutes show only
 * what was recorded. Empty when the item has no points or nothing is decided on any.
 */
export function pointDecisionBlocks(data: MeetingDocumentData, item: AgendaItem, approved: boolean): Block[] {
  const points = pointDecisionsOf(item, data.pointDecisions, data.dissents);
  if (!points.some(hasDecision)) return [];
  return points.filter((p) => !approved || hasDecision(p)).flatMap(pointBlocks);
}
