// The plan as it stands on the demonstration's day: phases that are over are afsluttet, the one
// running is i gang, later ones planlagt; the midway evaluation is done, the final one is on the
// coming agenda, and the decision on continuing the social innovator waits for the budget.
import { formatDateLong } from '../../shared/dates';
import type { PhaseStatus } from '../../shared/domain/plan';
import { compareQuarters, quarterOfDate } from '../../shared/quarters';
import { DEMO_TODAY, type DemoContext, type DemoModule } from './demo-context';

/** The date of the first meeting with an item of this title (and a decision, when asked); null without meetings. */
function meetingDateOf(ctx: DemoContext, title: string, decided: boolean): string | null {
  if (!ctx.hasTable('meeting') || !ctx.hasTable('agenda_item')) return null;
  const date = ctx.tx.db
    .prepare(
      `SELECT m.date FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE i.title = ? ${decided ? "AND i.decision <> ''" : ''} ORDER BY m.date, m.start_time LIMIT 1`,
    )
    .pluck()
    .get(title) as string | undefined;
  return date ?? null;
}

export const demoPlan: DemoModule = {
  name: 'plan',
  requiresTables: ['plan_phase', 'milestone', 'program'],
  run(ctx) {
    const { tx } = ctx;
    const today = quarterOfDate(DEMO_TODAY);
    const periodEnd = tx.db.prepare('SELECT period_end FROM program WHERE id = 1').pluck().get() as string;

    const phases = tx.db.prepare('SELECT id, start_quarter, end_quarter FROM plan_phase ORDER BY id').all() as Array<{ id: number; start_quarter: string; end_quarter: string | null }>;
    for (const phase of phases) {
      const end = phase.end_quarter ?? periodEnd;
      const status: PhaseStatus = compareQuarters(end, today) < 0 ? 'afsluttet' : compareQuarters(phase.start_quarter, today) > 0 ? 'planlagt' : 'i gang';
      tx.update('plan_phase', phase.id, { status });
    }

    const milestones = tx.db.prepare('SELECT id, kind FROM milestone ORDER BY id').all() as Array<{ id: number; kind: string }>;
    const midway = milestones.find((m) => m.kind === 'midtvejsevaluering');
    if (midway) {
      const approved = meetingDateOf(ctx, 'Midtvejsevaluering', true);
      tx.update('milestone', midway.id, {
        status: 'gennemført',
        ...(approved ? { quarter: quarterOfDate(approved), note: `Godkendt af styregruppen ${formatDateLong(approved)} og forelagt styregruppen for social balance.` } : {}),
      });
    }
    const final = milestones.find((m) => m.kind === 'slutevaluering');
    if (final) {
      const onAgenda = meetingDateOf(ctx, 'Slutevaluering', false);
      tx.update('milestone', final.id, {
        status: 'planlagt',
        ...(onAgenda ? { quarter: quarterOfDate(onAgenda), note: `På dagsordenen til styregruppens møde ${formatDateLong(onAgenda)}.` } : {}),
      });
    }
    if (!milestones.some((m) => m.kind === 'beslutning om videreførelse')) {
      const recommended = meetingDateOf(ctx, 'Eventuel videreførelse af social innovator i driften', true);
      tx.insert('milestone', {
        initiative_id: ctx.initiatives.get(1) ?? null,
        kind: 'beslutning om videreførelse',
        title: 'Beslutning om videreførelse af social innovator i driften',
        quarter: periodEnd,
        status: 'planlagt',
        note: recommended
          ? `Styregruppen anbefalede videreførelse ${formatDateLong(recommended)}. BKF-chefgruppen beslutter ved budgetlægningen.`
          : 'BKF-chefgruppen beslutter ved budgetlægningen.',
      });
    }
  },
};
