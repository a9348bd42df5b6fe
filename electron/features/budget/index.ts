import type { budgetChannels } from '../../../shared/api/budget-channels';
import type { HandlerMap } from '../handler';
import { setAmounts } from './amounts';
import { suggestedBudgetFileName, writeBudgetXlsx } from './budget-xlsx';
import { setDeviationNote } from './deviation-notes';
import { addEmployment, removeEmployment, updateEmployment } from './employments';
import { readBudgetSheet } from './read-sheet';
import { addGroup, addLine, moveGroup, moveLine, removeGroup, removeLine, renameLine, updateGroup } from './structure';
import { readProgram } from '../program';

export const budgetHandlers: HandlerMap<keyof typeof budgetChannels> = {
  'budget.get': (_input, ctx) => readBudgetSheet(ctx.workbook()),
  'budget.amounts.set': ({ cells, source }, ctx) => setAmounts(ctx.workbook(), ctx.author, cells, source ?? 'typed'),
  'budget.notes.set': (input, ctx) => setDeviationNote(ctx.workbook(), ctx.author, input),
  'budget.lines.add': (input, ctx) => addLine(ctx.workbook(), ctx.author, input),
  'budget.lines.rename': ({ id, costType }, ctx) => renameLine(ctx.workbook(), ctx.author, id, costType),
  'budget.lines.move': (input, ctx) => moveLine(ctx.workbook(), ctx.author, input),
  'budget.lines.remove': ({ id }, ctx) => removeLine(ctx.workbook(), ctx.author, id),
  'budget.groups.add': (input, ctx) => addGroup(ctx.workbook(), ctx.author, input),
  'budget.groups.update': ({ id, patch }, ctx) => updateGroup(ctx.workbook(), ctx.author, id, patch),
  'budget.groups.move': ({ id, toPosition }, ctx) => moveGroup(ctx.workbook(), ctx.author, id, toPosition),
  'budget.groups.remove': ({ id }, ctx) => removeGroup(ctx.workbook(), ctx.author, id),
  'budget.employments.add': (input, ctx) => addEmployment(ctx.workbook(), ctx.author, input),
  'budget.employments.update': ({ id, patch }, ctx) => updateEmployment(ctx.workbook(), ctx.author, id, patch),
  'budget.employments.remove': ({ id }, ctx) => removeEmployment(ctx.workbook(), ctx.author, id),

  'budget.exportXlsxDialog': async (_input, ctx) => {
    const wb = ctx.workbook();
    const suggested = suggestedBudgetFileName(readProgram(wb).title);
    const target = await ctx.shell.chooseFileToSave(suggested, 'Eksportér Økonomi til Excel', { name: 'Excel', extensions: ['xlsx'] });
    return target ? writeBudgetXlsx(wb, target, { author: ctx.author }) : null;
  },
};
