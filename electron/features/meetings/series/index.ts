import type { meetingSeriesChannels } from '../../../../shared/api/meeting-series-channels';
import type { HandlerMap } from '../../handler';
import { addSeries } from './add-series';
import { setTemplate } from './apply-template';
import { readSeriesOverviews } from './read-series';

/** Mødeplan: one handler per series channel. */
export const seriesHandlers: HandlerMap<keyof typeof meetingSeriesChannels> = {
  'meetings.series.list': (_input, ctx) => readSeriesOverviews(ctx.workbook().db),
  'meetings.series.add': addSeries,
  'meetings.series.setTemplate': setTemplate,
};
