import { formatDateLong, isIsoDate, todayIso } from '../../shared/dates';
import type { AgendaSuggestions } from '../../shared/meetings/agenda-suggestions';
import { meetingIdFor } from '../documents/loaders/meetings';
import { readAgendaSuggestions } from '../features/meetings/agenda-suggestions';
import { UsageError, type CliCommand } from './command';
import { unwrap } from './workbook-commands';

/** `<fil> --meeting <id|ÅÅÅÅ-MM-DD|latest|next> [--today ÅÅÅÅ-MM-DD]` */
function parseArgs(args: string[]): { file: string; meeting: string; today: string | undefined } {
  let file: string | undefined;
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const value = args[++i];
      if (value === undefined || !['--meeting', '--today'].includes(arg)) throw new UsageError();
      flags.set(arg.slice(2), value);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError();
    }
  }
  const meeting = flags.get('meeting');
  const today = flags.get('today');
  if (!file || !meeting || (today !== undefined && !isIsoDate(today))) throw new UsageError();
  return { file, meeting, today };
}

export function formatSuggestions(result: AgendaSuggestions): string {
  const lines = [`Forslag til dagsorden for mødet ${formatDateLong(result.meetingDate)}:`];
  if (result.notice) lines.push(result.notice);
  if (result.suggestions.length === 0) lines.push('Ingen forslag – alt, arbejdsbogen peger på, er allerede på dagsordenen.');
  result.suggestions.forEach((s, index) => {
    lines.push('', `${index + 1}. ${s.title} (${s.type})`, `   Hvorfor: ${s.reason}`, `   Kilde: ${s.source.kind} ${s.source.id}`);
    if (s.recommendation.length > 0) lines.push('   Indstilling:', ...s.recommendation.map((point) => `   – ${point}`));
    if (s.caseText) lines.push(`   Sagsfremstilling: ${s.caseText}`);
  });
  return `${lines.join('\n')}\n`;
}

export const suggestCommand: CliCommand = {
  name: 'suggest',
  usage: 'suggest <fil> --meeting <id|ÅÅÅÅ-MM-DD|latest|next> [--today ÅÅÅÅ-MM-DD]',
  description: 'skriv forslag til dagsorden for et møde',
  async run(args, { session, dispatch, out }) {
    const { file, meeting, today } = parseArgs(args);
    session.open(file);
    const wb = session.requireWorkbook();
    const meetingId = meetingIdFor(wb, meeting, today ?? todayIso());
    // --today reads as if it were another day (to see what a meeting will bring); otherwise the channel answers, as in the app.
    const result = today ? readAgendaSuggestions(wb, meetingId, today) : unwrap<AgendaSuggestions>(await dispatch('meetings.suggestions', { meetingId }));
    out(formatSuggestions(result));
    return 0;
  },
};
