// `npm run cli -- series <fil> …`: a Mødeplan from the command line, through the same channel as the panel.
import { formatDateLong, formatDateWithWeekday, readDanishDate } from '../../shared/dates';
import type { SeriesCreated, SeriesSchedule } from '../../shared/domain/meeting-series';
import { parseClockInput } from '../../shared/meetings/meeting-dates';
import { describeSeries, readWeekday } from '../../shared/meetings/series';
import { UserFacingError } from '../workbook/errors';
import { UsageError, type CliCommand } from './command';
import { unwrap } from './workbook-commands';

const FLAGS = ['--from', '--to', '--every', '--weekday', '--time', '--place', '--dates', '--title'];

function parseFlags(args: string[]): { file: string; flags: Map<string, string> } {
  let file: string | undefined;
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const value = args[++i];
      if (value === undefined || !FLAGS.includes(arg) || flags.has(arg)) throw new UsageError();
      flags.set(arg, value);
    } else if (file === undefined) file = arg;
    else throw new UsageError();
  }
  if (!file) throw new UsageError();
  return { file, flags };
}

function invalid(message: string): UserFacingError {
  return new UserFacingError('invalid_input', message);
}

function readDate(text: string, label: string): string {
  const reading = readDanishDate(text);
  if (!reading.ok) throw invalid(`${label}: ${reading.message}`);
  return reading.iso;
}

/** "14-16", "14.30–16", "9:00-11:30" → start and end as "HH:MM". */
function readTimes(text: string): { startTime: string; endTime: string } {
  const [start, end, ...rest] = text.split(/[-–]/);
  const startTime = start === undefined ? null : parseClockInput(start);
  const endTime = end === undefined ? null : parseClockInput(end);
  if (!startTime || !endTime || rest.length > 0) throw invalid(`--time: skriv mødets tid som start-slut, fx 14-16 eller 9.30-11.30 (ikke »${text}«)`);
  return { startTime, endTime };
}

/** Either --dates, or --from, --to, --every and --weekday together. */
function readSchedule(flags: Map<string, string>): SeriesSchedule {
  const dates = flags.get('--dates');
  const rule = ['--from', '--to', '--every', '--weekday'].map((f) => flags.get(f));
  if (dates !== undefined) {
    if (rule.some((v) => v !== undefined)) throw new UsageError();
    return { kind: 'dates', dates: dates.split(',').map((d) => d.trim()).filter(Boolean).map((d) => readDate(d, '--dates')) };
  }
  const [from, to, every, weekdayText] = rule;
  if (from === undefined || to === undefined || every === undefined || weekdayText === undefined) throw new UsageError();
  if (!/^\d+$/.test(every)) throw invalid(`--every: skriv antallet af uger mellem møderne som et helt tal, fx 6 (ikke »${every}«)`);
  const weekday = readWeekday(weekdayText);
  if (!weekday) throw invalid(`--weekday: skriv en ugedag som mandag eller onsdag (ikke »${weekdayText}«)`);
  return { kind: 'interval', from: readDate(from, '--from'), to: readDate(to, '--to'), everyWeeks: Number(every), weekday };
}

/** What the series made, in Danish: the rule, the meetings created and the dates skipped. */
export function formatSeriesCreated(result: SeriesCreated): string {
  const { series } = result;
  const lines = [`Mødeplan »${series.title}«: ${describeSeries(series, result.created.length + result.skipped.length)}`, `Oprettet ${result.created.length} ${result.created.length === 1 ? 'møde' : 'møder'}:`];
  for (const meeting of result.created) lines.push(`  ${formatDateWithWeekday(meeting.date)}`);
  if (result.skipped.length > 0) {
    lines.push(`Sprunget over (${result.skipped.length}):`);
    for (const skipped of result.skipped) lines.push(`  ${formatDateLong(skipped.date)}: ${skipped.reason}`);
  }
  lines.push(`Dagsorden fra skabelonen: ${series.template.map((t) => t.title).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export const seriesCommand: CliCommand = {
  name: 'series',
  usage: 'series <fil> (--from <dato> --to <dato> --every <uger> --weekday <ugedag> | --dates <dato,dato,…>) --time <start-slut> --place <sted> [--title <navn>]',
  description: 'opret en mødeplan: årets møder med de faste punkter på dagsordenen',
  async run(args, { session, dispatch, out }) {
    const { file, flags } = parseFlags(args);
    const time = flags.get('--time');
    const place = flags.get('--place');
    if (time === undefined || place === undefined) throw new UsageError();
    const schedule = readSchedule(flags);
    const title = flags.get('--title');
    session.open(file);
    const input = { ...readTimes(time), place, schedule, ...(title === undefined ? {} : { title }) };
    out(formatSeriesCreated(unwrap<SeriesCreated>(await dispatch('meetings.series.add', input))));
    return 0;
  },
};
