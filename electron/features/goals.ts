// The programme's goals linked to initiatives and activities (migration 015), through the one
// mutation path: each change is one undoable change set, named in the change log in Danish.
import type { goalChannels } from '../../shared/api/goal-channels';
import type { GoalLink, GoalLinksView } from '../../shared/domain/goal';
import { fromRow } from '../workbook/columns';
import { UserFacingError } from '../workbook/errors';
import type { Row, Transaction } from '../workbook/transaction';
import type { Workbook } from '../workbook/workbook';
import type { HandlerMap } from './handler';

export function readGoalLinks(wb: Workbook): GoalLink[] {
  return (wb.db.prepare('SELECT * FROM goal_link ORDER BY goal_id, id').all() as Row[]).map((r) => fromRow<GoalLink>(r));
}

export function readGoalLinksView(wb: Workbook): GoalLinksView {
  const initiatives = wb.db.prepare('SELECT id, number, title FROM initiative ORDER BY position, id').all() as Array<{ id: number; number: number; title: string }>;
  const activities = wb.db.prepare('SELECT id, initiative_id, name FROM activity ORDER BY position, id').all() as Array<{ id: number; initiative_id: number; name: string }>;
  return {
    links: readGoalLinks(wb),
    choices: initiatives.map((i) => ({
      initiativeId: i.id,
      number: i.number,
      title: i.title,
      activities: activities.filter((a) => a.initiative_id === i.id).map((a) => ({ id: a.id, name: a.name })),
    })),
  };
}

type Db = Pick<Workbook, 'db'>;

/** »Styrke fællesskabet i Mørkhøj …«: the goal as the change log names it, kept short. */
function goalName({ db }: Db, goalId: number): string {
  const row = db.prepare("SELECT text FROM program_list_item WHERE id = ? AND list = 'goal'").get(goalId) as { text: string } | undefined;
  if (!row) throw new UserFacingError('not_found', 'Målet findes ikke (måske er det slettet)');
  const text = row.text.replace(/\s+/g, ' ').trim();
  return `«${text.length > 60 ? `${text.slice(0, 60)}…` : text || 'uden tekst'}»`;
}

function targetName({ db }: Db, target: { initiativeId?: number | null; activityId?: number | null }): string {
  if (target.initiativeId != null) {
    const n = db.prepare('SELECT number FROM initiative WHERE id = ?').pluck().get(target.initiativeId) as number | undefined;
    if (n === undefined) throw new UserFacingError('not_found', 'Indsatsen findes ikke (måske er den slettet)');
    return `indsats ${n}`;
  }
  const name = db.prepare('SELECT name FROM activity WHERE id = ?').pluck().get(target.activityId) as string | undefined;
  if (name === undefined) throw new UserFacingError('not_found', 'Aktiviteten findes ikke (måske er den slettet)');
  return `aktiviteten «${name}»`;
}

/** Makes the goal's links to one kind of row exactly these ids, recording only what changes. */
function setLinksOf(tx: Transaction, goalId: number, column: 'initiative_id' | 'activity_id', ids: number[]): void {
  const table = column === 'initiative_id' ? 'initiative' : 'activity';
  for (const id of ids) tx.require(table, id, column === 'initiative_id' ? `Indsatsen (nr. ${id})` : `Aktiviteten (nr. ${id})`);
  const existing = tx.db.prepare(`SELECT id, ${column} AS target FROM goal_link WHERE goal_id = ? AND ${column} IS NOT NULL`).all(goalId) as Array<{ id: number; target: number }>;
  const wanted = new Set(ids);
  for (const link of existing) if (!wanted.has(link.target)) tx.remove('goal_link', link.id);
  const kept = new Set(existing.map((l) => l.target));
  for (const id of ids) if (!kept.has(id)) tx.insert('goal_link', { goal_id: goalId, [column]: id });
}

export const goalHandlers: HandlerMap<keyof typeof goalChannels> = {
  'goals.links': (_input, ctx) => readGoalLinksView(ctx.workbook()),

  'goals.link': ({ goalId, initiativeId, activityId }, ctx) => {
    const wb = ctx.workbook();
    const column = initiativeId !== undefined ? 'initiative_id' : 'activity_id';
    const target = (initiativeId ?? activityId)!;
    const goal = goalName(wb, goalId);
    const what = targetName(wb, { initiativeId, activityId });
    const already = wb.db.prepare(`SELECT 1 FROM goal_link WHERE goal_id = ? AND ${column} = ?`).get(goalId, target);
    if (already) throw new UserFacingError('invalid_input', `Målet ${goal} er allerede knyttet til ${what}`);
    wb.mutate(ctx.author, `Knyt målet ${goal} til ${what}`, (tx) => {
      tx.insert('goal_link', { goal_id: goalId, [column]: target });
    });
    return readGoalLinksView(wb);
  },

  'goals.unlink': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const link = wb.db.prepare('SELECT * FROM goal_link WHERE id = ?').get(id) as Row | undefined;
    if (!link) throw new UserFacingError('not_found', 'Koblingen findes ikke (måske er den fjernet)');
    const { goalId, initiativeId, activityId } = fromRow<GoalLink>(link);
    wb.mutate(ctx.author, `Fjern koblingen mellem målet ${goalName(wb, goalId)} og ${targetName(wb, { initiativeId, activityId })}`, (tx) => {
      tx.require('goal_link', id, 'Koblingen');
      tx.remove('goal_link', id);
    });
    return readGoalLinksView(wb);
  },

  'goals.setLinks': ({ goalId, initiativeIds, activityIds }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Ret indsatser og aktiviteter for målet ${goalName(wb, goalId)}`, (tx) => {
      setLinksOf(tx, goalId, 'initiative_id', initiativeIds);
      setLinksOf(tx, goalId, 'activity_id', activityIds);
    });
    return readGoalLinksView(wb);
  },
};

