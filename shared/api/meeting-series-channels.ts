// Mødeplan: a series of meetings with a template agenda (shared/meetings/series.ts).
import { z } from 'zod';
import { AGENDA_ITEM_TYPES, STANDING_ITEMS, type StandingItemKind } from '../domain/meeting';
import { SERIES_WEEKDAYS, type SeriesCreated, type SeriesOverview, type TemplateApplied } from '../domain/meeting-series';
import { MAX_ITEM_MINUTES } from '../meetings/agenda';
import { MAX_EVERY_WEEKS, MAX_SERIES_DATES, MAX_TEMPLATE_ITEMS } from '../meetings/series';
import { mutation, query } from './channel';
import { clockTime } from './meeting-channels';
import { isoDate, neuter, noInput, plural, requiredText, rowId, shortText, strictInput, wholeNumber } from './validation';

const STANDING_KINDS = Object.keys(STANDING_ITEMS) as [StandingItemKind, ...StandingItemKind[]];

const templateItem = strictInput(
  {
    /** The stored template item this one is (when the template is edited); absent for a new one. */
    templateItemId: rowId('Skabelonpunkt').optional(),
    standing: z.enum(STANDING_KINDS, { error: 'Fast punkt skal være et af de faste punkter eller intet' }).nullable(),
    title: requiredText('Titel', 300),
    type: z.enum(AGENDA_ITEM_TYPES, { error: `Type skal være en af: ${AGENDA_ITEM_TYPES.join(', ')}` }),
    presenter: shortText('Fremlægges af', 200),
    minutes: wholeNumber(plural('Minutter'), MAX_ITEM_MINUTES),
    recommendation: z
      .array(shortText('Indstillingens punkt', 2000), { error: 'Indstillingen skal være en liste af "at …"-punkter' })
      .max(50, { error: 'Indstillingen må højst have 50 punkter' }),
  },
  'skabelonens punkt',
);

const template = z
  .array(templateItem, { error: 'Skabelonen skal være en liste af punkter' })
  .max(MAX_TEMPLATE_ITEMS, { error: `Skabelonen må højst have ${MAX_TEMPLATE_ITEMS} punkter` });

const schedule = z.discriminatedUnion(
  'kind',
  [
    strictInput(
      {
        kind: z.literal('interval'),
        from: isoDate('Første dato'),
        to: isoDate('Sidste dato'),
        everyWeeks: wholeNumber('Hver n. uge', MAX_EVERY_WEEKS).min(1, { error: 'Hver n. uge skal være mindst 1' }),
        weekday: z.enum(SERIES_WEEKDAYS, { error: `Ugedag skal være en af: ${SERIES_WEEKDAYS.join(', ')}` }),
      },
      'mødeplanens interval',
    ),
    strictInput(
      {
        kind: z.literal('dates'),
        dates: z
          .array(isoDate('Dato'), { error: 'Datoerne skal være en liste af datoer' })
          .min(1, { error: 'Skriv mindst én dato' })
          .max(MAX_SERIES_DATES, { error: `En mødeplan kan højst have ${MAX_SERIES_DATES} møder` }),
      },
      'mødeplanens datoer',
    ),
  ],
  { error: 'Mødeplanen skal have enten et interval (hver n. uge) eller en liste af datoer' },
);

export const meetingSeriesChannels = {
  /** Every series with its template and the meetings still in it. */
  'meetings.series.list': query<SeriesOverview[]>()(noInput),
  /**
   * A series and all its meetings, each with the template's items on its agenda and the members as
   * participants, in one change; dates that already have a meeting are skipped and named.
   */
  'meetings.series.add': mutation<SeriesCreated>()(
    strictInput(
      {
        title: requiredText(neuter('Navn'), 200).optional(),
        startTime: clockTime('Starttidspunkt'),
        endTime: clockTime('Sluttidspunkt'),
        place: requiredText(neuter('Sted'), 200),
        schedule,
        template: template.optional(),
      },
      'mødeplanen',
    ),
  ),
  /**
   * A changed template; with applyToUnsent also the agendas of the series' meetings not yet sent
   * (status planlagt) – only the items that came from the template, never those added by hand or
   * proposed, and in them only the fields still as the template had them.
   */
  'meetings.series.setTemplate': mutation<TemplateApplied>()(
    strictInput({ id: rowId('Mødeplan'), template, applyToUnsent: z.boolean({ error: 'Anvend på møderne skal være ja eller nej' }) }, 'skabelonen'),
  ),
};
