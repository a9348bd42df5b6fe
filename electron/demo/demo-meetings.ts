// Three years of steering-group meetings (at scale 1, about every six weeks) with agendas,
// proposals, minutes, decisions and actions. At scale N the same years hold N times as many.
import type { ActionStatus, MeetingStatus } from '../../shared/domain/meeting';
import type { ActionRecord } from '../../shared/domain/meeting-views';
import { carriedOverActions, type MeetingKey } from '../../shared/meetings/carry-over';
import { addDays } from '../../shared/meetings/meeting-dates';
import { meetingLength } from '../../shared/meetings/time-slots';
import { insertMeeting } from '../features/meetings/create-meeting';
import type { DemoContext, DemoMember, DemoModule } from './demo-context';
import {
  ABSENCE_NOTES, ACTIVITIES, ANY_OTHER_BUSINESS, ANY_OTHER_BUSINESS_WITH_INNOVATOR, DECLINED_PROPOSALS, DEMO_TOPICS, PARTNERS, fillTemplate,
  type DemoActionTemplate, type DemoRole, type DemoTopic,
} from './demo-topics';
import type { Prng } from './prng';

const FIRST_MEETING = '2019-09-04';
const MEETINGS_AT_SCALE_ONE = 27;
const DAYS_BETWEEN_AT_SCALE_ONE = 42;
/** The innovator is employed from 2019 K4; earlier meetings are without them. */
const INNOVATOR_START = '2019-11-01';
/** How soon a recurring scheduled topic (budget, statusnotat) may come up again. */
const SCHEDULED_REPEAT_DAYS = 100;
const RECURRING_SCHEDULED = new Set(['budget', 'status-note', 'corona']);

const PLACES = ['Mørkhøj Bibliotek', 'Mørkhøj Bibliotek', 'Mørkhøj Bibliotek', 'Gladsaxe Rådhus, mødelokale 3', 'Beboerhuset i Mørkhøj'];
const GUESTS = [
  { name: 'Hanne Lund', role: 'Skoleleder (gæst)' },
  { name: 'Ali Demir', role: 'Boligsocial medarbejder (gæst)' },
  { name: 'Karen Holm', role: 'Leder, Ung i Gladsaxe (gæst)' },
];

interface PlannedMeeting {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

interface GeneratedAction extends ActionRecord {
  meetingDate: string;
}

function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Meetings on weekdays: a Saturday moves to Friday, a Sunday to Monday. */
function onWeekday(date: string): string {
  const day = weekday(date);
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, 1) : date;
}

function planMeetings(ctx: DemoContext, rng: Prng): PlannedMeeting[] {
  const count = MEETINGS_AT_SCALE_ONE * ctx.scale;
  const planned: PlannedMeeting[] = [];
  for (let i = 0; i < count; i++) {
    const date = onWeekday(addDays(FIRST_MEETING, Math.round((i * DAYS_BETWEEN_AT_SCALE_ONE) / ctx.scale)));
    const morning = rng.chance(0.2);
    planned.push({ date, startTime: morning ? '09:00' : '14:00', endTime: morning ? '11:00' : '16:00', place: rng.pick(PLACES) });
  }
  return planned.sort((a, b) => (a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date < b.date ? -1 : 1));
}

function statusFor(index: number, count: number): MeetingStatus {
  if (index === count - 1) return 'planlagt';
  if (index === count - 2) return 'afholdt';
  return 'referat godkendt';
}

/** Picks the meeting's topics: the scheduled ones that are due, then some by chance. */
function chooseTopics(date: string, lastUsed: Map<string, string>, previous: ReadonlySet<string>, rng: Prng): DemoTopic[] {
  const chosen: DemoTopic[] = [];
  for (const topic of DEMO_TOPICS) {
    if (!topic.scheduled || !topic.when(date)) continue;
    const used = lastUsed.get(topic.key);
    if (used && (!RECURRING_SCHEDULED.has(topic.key) || addDays(used, SCHEDULED_REPEAT_DAYS) > date)) continue;
    chosen.push(topic);
  }
  const wanted = rng.int(3, 5);
  const pool = DEMO_TOPICS.filter((t) => !t.scheduled && t.when(date) && !previous.has(t.key));
  for (const topic of rng.sample(pool, Math.max(0, wanted - chosen.length))) chosen.push(topic);
  for (const topic of chosen) lastUsed.set(topic.key, date);
  return chosen.slice(0, 6);
}

export const demoMeetings: DemoModule = {
  name: 'meetings',
  requiresTables: ['meeting', 'agenda_item', 'action_item', 'meeting_participant', 'attachment'],
  run(ctx) {
    const rng = ctx.random('meetings');
    const { tx } = ctx;
    const byRole = new Map<DemoRole, DemoMember>(ctx.members.map((m) => [m.role, m]));
    const nameOf = (role: DemoRole) => byRole.get(role)?.name ?? '';
    const planned = planMeetings(ctx, rng);
    const snapshot = planned.at(-1)?.date ?? FIRST_MEETING;

    const keys: MeetingKey[] = [];
    const actions: GeneratedAction[] = [];
    const lastUsed = new Map<string, string>();
    let previousTopics = new Set<string>();

    planned.forEach((plan, index) => {
      const status = statusFor(index, planned.length);
      const held = status !== 'planlagt';
      const meetingId = insertMeeting(tx, plan);
      const key = { id: meetingId, date: plan.date, startTime: plan.startTime };

      // Attendance: the innovator joins from 2019 K4; now and then someone sends afbud, a guest comes.
      const participants = tx.db.prepare('SELECT id, member_id FROM meeting_participant WHERE meeting_id = ?').all(meetingId) as Array<{ id: number; member_id: number }>;
      for (const p of participants) {
        const member = ctx.members.find((m) => m.id === p.member_id);
        if (member?.role === 'innovator' && plan.date < INNOVATOR_START) {
          tx.remove('meeting_participant', p.id);
        } else if (held && rng.chance(member?.role === 'chair' ? 0.03 : 0.14)) {
          tx.update('meeting_participant', p.id, { present: 0, absence_note: rng.pick(ABSENCE_NOTES) });
        }
      }
      if (rng.chance(0.12)) {
        const guest = rng.pick(GUESTS);
        tx.insert('meeting_participant', { meeting_id: meetingId, position: participants.length + 1, member_id: null, name: guest.name, role: guest.role, present: 1, absence_note: '' });
      }

      const standing = tx.db.prepare('SELECT id, standing FROM agenda_item WHERE meeting_id = ? ORDER BY position').all(meetingId) as Array<{ id: number; standing: string }>;
      const topics = chooseTopics(plan.date, lastUsed, previousTopics, rng);
      previousTopics = new Set(topics.map((t) => t.key));

      const itemRows: Array<{ id: number; position: number }> = [];
      let position = 3;
      const addItem = (values: Record<string, string | number | null>) => {
        const id = tx.insert('agenda_item', { meeting_id: meetingId, position: position++, ...values });
        itemRows.push({ id, position: position - 1 });
        return id;
      };

      let actionPosition = 1;
      const addAction = (itemId: number, template: DemoActionTemplate, values: Record<string, string>) => {
        const who = typeof template.who === 'string' ? byRole.get(template.who) : null;
        const deadline = addDays(plan.date, rng.int(template.weeks[0], template.weeks[1]) * 7);
        let actionStatus: ActionStatus = 'åben';
        let completedOn: string | null = null;
        if (status === 'referat godkendt') {
          // Most actions are done around their deadline; some drag on for months; a few are never closed.
          const late = rng.chance(0.12);
          const finishes = addDays(deadline, late ? rng.int(60, 240) : rng.int(-14, 21));
          const done = rng.chance(0.96) && finishes < snapshot;
          actionStatus = done ? 'færdig' : rng.pick(['åben', 'i gang'] as const);
          completedOn = done ? (finishes > plan.date ? finishes : addDays(plan.date, 1)) : null;
        } else if (rng.chance(0.3)) {
          actionStatus = 'i gang';
        }
        const record = {
          meeting_id: meetingId, item_id: itemId, position: actionPosition++,
          what: fillTemplate(template.what, values),
          who: who ? who.name : typeof template.who === 'string' ? '' : template.who.text,
          member_id: who ? who.id : null,
          deadline, status: actionStatus, completed_on: completedOn,
        };
        const id = tx.insert('action_item', record);
        actions.push({
          id, meetingId, itemId, position: record.position, what: record.what, who: record.who, memberId: record.member_id,
          deadline, status: actionStatus, completedOn, meetingDate: plan.date,
        });
      };

      // The chair keeps a held meeting's agenda within its time; topics that do not fit wait.
      let remaining = meetingLength(plan.startTime, plan.endTime) - 20;
      for (const topic of topics) {
        const minutes = rng.pick(topic.minutes);
        if (held && !topic.scheduled && minutes > remaining) continue;
        remaining -= minutes;
        const activity = rng.pick(ACTIVITIES);
        const values = {
          aktivitet: activity.name, kort: activity.short, partner: rng.pick(PARTNERS), antal: String(rng.int(6, 40)),
          beløb: (rng.int(8, 40) * 1000).toLocaleString('da-DK'), år: plan.date.slice(0, 4),
        };
        const usesActivity = topic.title.includes('{aktivitet}');
        const initiativeNumber = usesActivity ? activity.initiative : topic.initiative;
        const proposedByInnovator = topic.proposedByInnovator && plan.date >= INNOVATOR_START && rng.chance(0.5);
        const presenter = topic.presenter === 'innovator' && plan.date < INNOVATOR_START ? 'chair' : topic.presenter;
        const itemId = addItem({
          title: fillTemplate(topic.title, values),
          type: topic.type,
          presenter: nameOf(presenter),
          minutes,
          initiative_id: initiativeNumber === null ? null : (ctx.initiatives.get(initiativeNumber) ?? null),
          recommendation: JSON.stringify(topic.recommendation.map((r) => fillTemplate(r, values))),
          case_text: topic.caseText.map((p) => fillTemplate(p, values)).join('\n\n'),
          standing: null,
          proposed_by: proposedByInnovator ? nameOf('innovator') : '',
          proposal_state: 'accepteret',
          decline_reason: '',
          minutes_text: held ? fillTemplate(rng.pick(topic.minutesText), values) : '',
          decision: held && topic.decision.length > 0 ? fillTemplate(rng.pick(topic.decision), values) : '',
        });
        if (topic.attachment) {
          const name = `${plan.date} ${topic.attachment}`;
          tx.insert('attachment', { item_id: itemId, position: 1, name, path: `C:\\Styregruppen\\Bilag\\${name}` });
        }
        if (held) for (const template of topic.actions) if (rng.chance(0.8)) addAction(itemId, template, values);
      }

      // The innovator's proposals: now and then one the chair declined; the coming meeting has one waiting.
      if (status === 'planlagt' && plan.date >= INNOVATOR_START) {
        addItem({
          title: 'Erfaringer fra forældrenetværket i Mørkhøj', type: 'Drøftelse', presenter: nameOf('innovator'), minutes: 20,
          initiative_id: ctx.initiatives.get(3) ?? null,
          recommendation: JSON.stringify(['at styregruppen drøfter erfaringerne og mulighederne for at udbrede netværket']),
          case_text: 'Forældrenetværket har mødtes fire gange. Den sociale innovator foreslår, at styregruppen hører om erfaringerne fra to af forældrene.',
          standing: null, proposed_by: nameOf('innovator'), proposal_state: 'foreslået', decline_reason: '', minutes_text: '', decision: '',
        });
      } else if (plan.date >= INNOVATOR_START && rng.chance(0.08)) {
        const proposal = rng.pick(DECLINED_PROPOSALS);
        addItem({
          title: proposal.title, type: 'Drøftelse', presenter: nameOf('innovator'), minutes: 20, initiative_id: null,
          recommendation: JSON.stringify(['at styregruppen drøfter forslaget']), case_text: '',
          standing: null, proposed_by: nameOf('innovator'), proposal_state: 'afvist', decline_reason: proposal.reason, minutes_text: '', decision: '',
        });
      }

      // Eventuelt stays last.
      const anyOther = standing.find((s) => s.standing === 'anyOtherBusiness');
      if (anyOther) tx.update('agenda_item', anyOther.id, { position: position });

      if (held) {
        const approve = standing.find((s) => s.standing === 'approveAgenda');
        const followUp = standing.find((s) => s.standing === 'followUp');
        if (approve) tx.update('agenda_item', approve.id, { minutes_text: rng.chance(0.85) ? 'Dagsordenen blev godkendt.' : 'Dagsordenen blev godkendt med et ekstra punkt under eventuelt.' });
        if (followUp) tx.update('agenda_item', followUp.id, { minutes_text: followUpText(key, keys, actions) });
        if (anyOther) tx.update('agenda_item', anyOther.id, { minutes_text: rng.pick(plan.date < INNOVATOR_START ? ANY_OTHER_BUSINESS : ANY_OTHER_BUSINESS_WITH_INNOVATOR) });
      }
      tx.update('meeting', meetingId, { status });
      keys.push(key);
    });
  },
};

/** The follow-up item's minutes, as they read at the meeting: how many were done by then. */
function followUpText(meeting: MeetingKey, earlier: MeetingKey[], actions: GeneratedAction[]): string {
  const carried = carriedOverActions(meeting, [...earlier, meeting], actions);
  if (carried.length === 0) return 'Der var ingen åbne handlinger fra tidligere møder.';
  const done = carried.filter((a) => a.completedOn !== null && a.completedOn <= meeting.date).length;
  const open = carried.length - done;
  const doneText = done === 1 ? '1 er gennemført' : `${done} er gennemført`;
  const openText = open === 1 ? '1 er fortsat åben' : `${open} er fortsat åbne`;
  return `Styregruppen gennemgik ${carried.length} handlinger fra tidligere møder: ${doneText}, ${openText}.`;
}
