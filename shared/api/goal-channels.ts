// The programme's goals linked to initiatives and activities (issue 16): the statusnotat lists,
// per goal, what the period's activities and follow-ups of the linked work say.
import { z } from 'zod';
import type { GoalLinksView } from '../domain/goal';
import { mutation, query } from './channel';
import { noInput, rowId, strictInput } from './validation';

function idList(label: string, many: string) {
  return z
    .array(rowId(label), { error: `${many} skal være en liste` })
    .max(500, { error: `Et mål kan højst knyttes til 500 ${many.toLowerCase()}` })
    .refine((ids) => new Set(ids).size === ids.length, { error: `Den samme ${label.toLowerCase()} er valgt to gange` });
}

export const goalChannels = {
  /** Every goal's links, and the initiatives and activities a goal can be linked to. */
  'goals.links': query<GoalLinksView>()(noInput),
  /** Links one goal to one initiative or one activity (exactly one of the two). */
  'goals.link': mutation<GoalLinksView>()(
    strictInput({ goalId: rowId('Målet'), initiativeId: rowId('Indsatsen').optional(), activityId: rowId('Aktiviteten').optional() }, 'koblingen')
      .refine((v) => (v.initiativeId === undefined) !== (v.activityId === undefined), { error: 'Knyt målet til enten en indsats eller en aktivitet' }),
  ),
  'goals.unlink': mutation<GoalLinksView>()(strictInput({ id: rowId('Koblingen') })),
  /** Makes the goal's links exactly these initiatives and activities (the Program sheet's chooser). */
  'goals.setLinks': mutation<GoalLinksView>()(
    strictInput({ goalId: rowId('Målet'), initiativeIds: idList('Indsats', 'Indsatserne'), activityIds: idList('Aktivitet', 'Aktiviteterne') }, 'koblingerne'),
  ),
};
