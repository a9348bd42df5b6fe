// The life of the initiatives on the ground in the demonstration workbook: initiative 1's ideas
// as they went (some running, some handed over, one stopped), new activities for all three
// initiatives, the local partners they are run with, and the follow-ups (fokusgrupper,
// dialogmøder, samtaler) with what was learnt. At scale N there are N times as many of each:
// the copies run in other parts of Mørkhøj, with partners of their own.
import type { ActivityStatus, PartnerKind } from '../../shared/domain/activity';
import { addDays, daysBetween } from '../../shared/meetings/meeting-dates';
import { nextPosition } from '../features/positions';
import { DEMO_TODAY, type DemoContext, type DemoModule } from './demo-context';
import {
  CONTACT_FIRST_NAMES, CONTACT_LAST_NAMES, CONTACT_ROLES, DEMO_FOLLOW_UPS, DEMO_PARTNERS, IDEAS_AS_THEY_WENT, LOCALITIES,
  LOCAL_OWNERS, NEW_ACTIVITIES, PARTNER_NAME_PARTS, type DemoActivity,
} from './demo-activity-texts';
import type { Prng } from './prng';

/** The first day an activity of the programme can have started (implementation from 2020 K1, indsats 3 earlier). */
const EARLIEST_START = '2019-10-01';
/** Copies that are running started before the summer holiday of 2022. */
const LATEST_RUNNING_START = '2022-06-30';
/** Planned copies start after the demonstration's day, within the period (to 2022 K4). */
const LATEST_PLANNED_START = '2022-12-15';
const COPY_STATUSES: ReadonlyArray<[ActivityStatus, number]> = [['i gang', 0.4], ['forankret', 0.3], ['planlagt', 0.1], ['idé', 0.1], ['stoppet', 0.1]];

function dateBetween(rng: Prng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

function weighted<T>(rng: Prng, choices: ReadonlyArray<[T, number]>): T {
  let r = rng.next() * choices.reduce((s, [, w]) => s + w, 0);
  for (const [value, weight] of choices) {
    r -= weight;
    if (r < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** "Søvangen", then "Søvangen 2" once every locality has had a copy. */
function locality(copy: number): string {
  const round = Math.floor((copy - 1) / LOCALITIES.length);
  const place = LOCALITIES[(copy - 1) % LOCALITIES.length]!;
  return round === 0 ? place : `${place} ${round + 1}`;
}

class PartnerBook {
  private readonly byName = new Map<string, number>();

  constructor(private readonly ctx: DemoContext) {
    const rows = ctx.tx.db.prepare('SELECT id, name FROM partner').all() as Array<{ id: number; name: string }>;
    for (const r of rows) this.byName.set(r.name.trim().toLowerCase(), r.id);
  }

  id(name: string): number | undefined {
    return this.byName.get(name.trim().toLowerCase());
  }

  has(name: string): boolean {
    return this.byName.has(name.trim().toLowerCase());
  }

  add(name: string, kind: PartnerKind, contact: string, note: string): number {
    const existing = this.id(name);
    if (existing !== undefined) return existing;
    const id = this.ctx.tx.insert('partner', { name, kind, contact, note, position: nextPosition(this.ctx.tx, 'partner') });
    this.byName.set(name.trim().toLowerCase(), id);
    return id;
  }

  /** A name put together from the kind's parts that no partner has yet. */
  invent(kind: PartnerKind, rng: Prng): string {
    const parts = PARTNER_NAME_PARTS[kind];
    for (let attempt = 0; attempt < 30; attempt++) {
      const name = `${rng.pick(parts.first)} ${rng.pick(parts.second)}`;
      if (!this.has(name)) return name;
    }
    // Every combination taken (only at large scales): the organisations get numbered branches.
    for (let branch = 2; ; branch++) {
      const name = `${rng.pick(parts.first)} ${rng.pick(parts.second)}, afdeling ${branch}`;
      if (!this.has(name)) return name;
    }
  }
}

/** The partners of one copy (scale 1 has only copy 0): the invented ones, and for copy 0 the named ones. */
function addPartners(ctx: DemoContext, book: PartnerBook, rng: Prng, copy: number): number[] {
  return DEMO_PARTNERS.map((p) => {
    if (copy === 0) return book.add(p.name, p.kind, p.contact, p.note);
    const contact = `${rng.pick(CONTACT_FIRST_NAMES)} ${rng.pick(CONTACT_LAST_NAMES)}, ${rng.pick(CONTACT_ROLES[p.kind])}`;
    return book.add(book.invent(p.kind, rng), p.kind, contact, '');
  });
}

type ActivityValues = {
  status: ActivityStatus;
  start_date: string | null;
  participants: number | null;
  local_owner: string;
  note: string;
};

/** The activity as the template tells it (copy 0). */
function asTemplated(a: DemoActivity, rng: Prng): ActivityValues {
  return {
    status: a.status,
    start_date: a.start ? dateBetween(rng, a.start[0], a.start[1]) : null,
    participants: a.participants ? rng.int(a.participants[0], a.participants[1]) : null,
    local_owner: a.localOwner,
    note: a.note,
  };
}

/** A copy in another part of Mørkhøj: its own course, consistent with its status. */
function asCopy(a: DemoActivity, place: string, rng: Prng): ActivityValues {
  const status = weighted(rng, COPY_STATUSES);
  const running = status === 'i gang' || status === 'forankret' || status === 'stoppet';
  const earliest = a.start && a.start[0] < LATEST_RUNNING_START ? a.start[0] : EARLIEST_START;
  const range = a.participants ?? [8, 40];
  return {
    status,
    start_date: status === 'idé' ? null
      : status === 'planlagt' ? dateBetween(rng, addDays(DEMO_TODAY, 7), LATEST_PLANNED_START)
      : dateBetween(rng, earliest, LATEST_RUNNING_START),
    participants: running ? rng.int(range[0], range[1]) : null,
    local_owner: status === 'forankret' ? `${rng.pick(LOCAL_OWNERS)} i ${place}` : '',
    note: status === 'stoppet'
      ? `Som «${a.name}», her i ${place}. Stoppet igen: for få deltagere.`
      : `Som «${a.name}», her i ${place}.`,
  };
}

function linkPartners(ctx: DemoContext, activityId: number, partnerIds: Iterable<number>): void {
  for (const partnerId of new Set(partnerIds)) ctx.tx.insert('activity_partner', { activity_id: activityId, partner_id: partnerId });
}

export const demoActivities: DemoModule = {
  name: 'activities',
  requiresTables: ['activity', 'partner', 'activity_partner', 'follow_up'],
  run(ctx) {
    const rng = ctx.random('activities');
    const { tx } = ctx;
    const book = new PartnerBook(ctx);
    const copyPartners = Array.from({ length: ctx.scale }, (_, copy) => addPartners(ctx, book, rng, copy));

    const insertActivity = (initiativeId: number, name: string, values: ActivityValues): number =>
      tx.insert('activity', { initiative_id: initiativeId, name, position: nextPosition(tx, 'activity', 'initiative_id = ?', initiativeId), ...values });

    for (let copy = 0; copy < ctx.scale; copy++) {
      const place = copy === 0 ? '' : locality(copy);
      for (const template of [...IDEAS_AS_THEY_WENT, ...NEW_ACTIVITIES]) {
        const initiativeId = ctx.initiatives.get(template.initiative);
        if (initiativeId === undefined) continue;
        const named = template.partners.map((n) => book.id(n)).filter((id): id is number => id !== undefined);
        let activityId: number;
        if (copy === 0) {
          const values = asTemplated(template, rng);
          // Initiative 1's ideas are in the workbook already (from the programme document): they are updated.
          const seeded = IDEAS_AS_THEY_WENT.includes(template)
            ? (tx.db.prepare('SELECT id FROM activity WHERE initiative_id = ? AND name = ? ORDER BY id LIMIT 1').pluck().get(initiativeId, template.name) as number | undefined)
            : undefined;
          if (seeded === undefined) activityId = insertActivity(initiativeId, template.name, values);
          else {
            tx.update('activity', seeded, values);
            activityId = seeded;
          }
          linkPartners(ctx, activityId, named);
        } else {
          activityId = insertActivity(initiativeId, `${template.name} – ${place}`, asCopy(template, place, rng));
          const own = copyPartners[copy]!;
          linkPartners(ctx, activityId, [...rng.sample(named, rng.int(0, Math.min(2, named.length))), ...rng.sample(own, rng.int(1, 2))]);
        }
      }

      for (const f of DEMO_FOLLOW_UPS) {
        const initiativeId = ctx.initiatives.get(f.initiative);
        if (initiativeId === undefined) continue;
        tx.insert('follow_up', {
          initiative_id: initiativeId,
          date: dateBetween(rng, f.window[0], f.window[1]),
          form: f.form,
          with_whom: copy === 0 ? f.withWhom : `${f.withWhom} (${place})`,
          learnt: f.learnt,
        });
      }
    }
  },
};
