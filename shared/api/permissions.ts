// Who may call what: the one table of the roles' rights, for every channel of the contract.
// The dispatcher checks it for the current user's role before a handler runs; the sheets ask
// mayCall to hide or disable what the role may not do. Finer rules that depend on the stored
// rows (whose proposal an item is, whether a meeting is locked) stay in shared/meetings and are
// checked by the handlers, with the role read from the same user.
import type { UserRole } from '../domain/user';
import type { Channel } from './contract';

/**
 * How a channel is reached:
 * - 'læs': reads only; everyone.
 * - 'dokument': makes a document or an export from what is there; everyone (Direktøren too).
 * - 'egen': the user's own settings on this machine; everyone.
 * - 'fil': opens, creates or copies a workbook file on this machine, without changing the open one; everyone.
 * - a list of roles: a change to the workbook, allowed for those roles only (Formand is always on it).
 */
export type Access = 'læs' | 'dokument' | 'egen' | 'fil' | readonly UserRole[];

const FORMAND = ['Formand'] as const satisfies readonly UserRole[];
/** Everyone who may propose an agenda item: all but Direktøren, who changes nothing. */
const PROPOSERS = ['Formand', 'Social innovator', 'Medlem', 'Sekretariat'] as const satisfies readonly UserRole[];
/** Minutes (referat), attendance and actions: the chair and the secretariat. */
const MINUTES = ['Formand', 'Sekretariat'] as const satisfies readonly UserRole[];
/** Initiatives, activities, partners, follow-ups and spending: the chair and the social innovator. */
const INITIATIVES = ['Formand', 'Social innovator'] as const satisfies readonly UserRole[];

export const CHANNEL_ACCESS: { readonly [C in Channel]: Access } = {
  'app.state': 'læs',
  // One's own name and role, kept in this machine's settings, not in the workbook.
  'user.set': 'egen',
  // Opening, creating and copying files changes no open workbook; the role applies inside it.
  'workbook.openStartup': 'fil',
  'workbook.newFromProgrammeDialog': 'fil',
  'workbook.newBlankDialog': 'fil',
  'workbook.openDialog': 'fil',
  'workbook.saveCopyDialog': 'fil',
  'workbook.openRecent': 'fil',
  // A new workbook from a programme document: a new file, like Ny arbejdsbog.
  'workbook.import.preview': 'fil',
  'workbook.import.create': 'fil',
  // Taking over a stale lock lets this machine open the file at all; it changes no content.
  'workbook.lock.takeOver': 'fil',
  // A shared workbook: the role there is the invitation's, checked by the server.
  'workbook.openShared': 'fil',
  'workbook.openRecentShared': 'fil',
  'workbook.sharedWorkbooks': 'fil',
  // The Konflikter list is this machine's outbox; applying mine again goes to the server, which
  // checks the role there like any change.
  'conflicts.list': 'egen',
  'conflicts.takeTheirs': 'egen',
  'conflicts.applyMine': 'egen',
  'workbook.rows': 'læs',
  // Undo and redo replay only the changes made in this window (the stack lives in this
  // process), i.e. one's own; everyone who can change something may take it back. Direktøren
  // changes nothing, so has nothing to undo.
  'workbook.undo': PROPOSERS,
  'workbook.redo': PROPOSERS,
  'workbook.changeLog': 'læs',
  'workbook.changeLog.authors': 'læs',
  'workbook.check': 'læs',
  'workbook.dump': 'læs',

  'program.get': 'læs',
  'program.update': FORMAND,
  'program.list.add': FORMAND,
  'program.list.update': FORMAND,
  'program.list.move': FORMAND,
  'program.list.remove': FORMAND,
  'members.add': FORMAND,
  'members.update': FORMAND,
  'members.remove': FORMAND,
  // The traffic lights' rules are the programme's yardstick: the chair's, like the programme itself.
  'status.rules.get': 'læs',
  'status.rules.update': FORMAND,
  // Which initiatives and activities serve which goal: kept up to date by those who keep the
  // initiatives and activities (the goals' own texts stay the chair's).
  'goals.links': 'læs',
  'goals.link': INITIATIVES,
  'goals.unlink': INITIATIVES,
  'goals.setLinks': INITIATIVES,
  'status.lights': 'læs',

  'initiatives.list': 'læs',
  'initiatives.add': INITIATIVES,
  'initiatives.update': INITIATIVES,
  'initiatives.remove': INITIATIVES,
  'initiatives.participants.add': INITIATIVES,
  'initiatives.participants.update': INITIATIVES,
  'initiatives.participants.remove': INITIATIVES,

  'budget.get': 'læs',
  // The social innovator keeps the spending (forbrug, disponeret, prognose and why) but not the budget; see INPUT_LIMITS.
  'budget.amounts.set': INITIATIVES,
  'budget.notes.set': INITIATIVES,
  'budget.lines.add': FORMAND,
  'budget.lines.rename': FORMAND,
  'budget.lines.move': FORMAND,
  'budget.lines.remove': FORMAND,
  'budget.groups.add': FORMAND,
  'budget.groups.update': FORMAND,
  'budget.groups.move': FORMAND,
  'budget.groups.remove': FORMAND,
  'budget.employments.add': FORMAND,
  'budget.employments.update': FORMAND,
  'budget.employments.remove': FORMAND,
  'budget.exportXlsxDialog': 'dokument',

  'plan.get': 'læs',
  'plan.phases.add': FORMAND,
  'plan.phases.update': FORMAND,
  'plan.phases.move': FORMAND,
  'plan.phases.stretch': FORMAND,
  'plan.phases.remove': FORMAND,
  'plan.milestones.add': FORMAND,
  'plan.milestones.update': FORMAND,
  'plan.milestones.move': FORMAND,
  'plan.milestones.remove': FORMAND,

  'activities.forInitiative': 'læs',
  'activities.overview': 'læs',
  'activities.add': INITIATIVES,
  'activities.update': INITIATIVES,
  'activities.setPartners': INITIATIVES,
  'activities.remove': INITIATIVES,
  'partners.list': 'læs',
  'partners.add': INITIATIVES,
  'partners.update': INITIATIVES,
  'partners.remove': INITIATIVES,
  'followUps.add': INITIATIVES,
  'followUps.update': INITIATIVES,
  'followUps.remove': INITIATIVES,

  'meetings.list': 'læs',
  'meetings.get': 'læs',
  'meetings.suggestions': 'læs',
  'meetings.sinceLast': 'læs',
  // The chair's tool: the item goes on the agenda as the chair's own, a proposal is accepted.
  'meetings.suggestions.take': FORMAND,
  // Meetings themselves, their status steps and unlocking are the chair's.
  'meetings.add': FORMAND,
  'meetings.update': FORMAND,
  'meetings.setStatus': FORMAND,
  'meetings.setUnlocked': FORMAND,
  'meetings.remove': FORMAND,
  // Who was present is part of the minutes.
  'meetings.participants.add': MINUTES,
  'meetings.participants.update': MINUTES,
  'meetings.participants.remove': MINUTES,
  // Anyone but Direktøren proposes items; shared/meetings/proposals.ts then lets them work on
  // and withdraw their own proposals only. Minutes fields: see INPUT_LIMITS.
  'meetings.items.add': PROPOSERS,
  'meetings.items.update': PROPOSERS,
  'meetings.items.move': FORMAND,
  'meetings.items.remove': PROPOSERS,
  'meetings.items.decide': FORMAND,
  // The decision on each "at" and any dissent are part of the minutes.
  'meetings.points.decide': MINUTES,
  'meetings.dissents.add': MINUTES,
  'meetings.dissents.update': MINUTES,
  'meetings.dissents.remove': MINUTES,
  'meetings.attachments.add': PROPOSERS,
  'meetings.attachments.rename': PROPOSERS,
  'meetings.attachments.remove': PROPOSERS,
  'meetings.attachments.open': 'læs',
  // Mødeplan: setting up the year's meetings and their template agenda is the chair's.
  'meetings.series.list': 'læs',
  'meetings.series.add': FORMAND,
  'meetings.series.setTemplate': FORMAND,
  'actions.add': MINUTES,
  'actions.update': MINUTES,
  'actions.remove': MINUTES,
  'actions.list': 'læs',
  'decisions.list': 'læs',

  'reports.options': 'læs',
  'reports.generate': 'dokument',
  // Writing an e-mail draft and an invitation changes nothing in the workbook: a document like the others.
  'reports.send': 'dokument',

  'backups.list': 'læs',
  // A backup copies the file as it is; everyone may make one.
  'backups.createNow': 'fil',
  // Where backups go is this machine's setting.
  'backups.chooseFolder': 'egen',
  'backups.useDefaultFolder': 'egen',
  // Restoring replaces the whole workbook, everyone's work: the chair's decision.
  'backups.restore': FORMAND,

  // A pasted block: each cell is checked again as its own channel (callWithin), so a role
  // pastes exactly where it may type.
  'grid.paste': PROPOSERS,
};

/** The fields of an agenda item that belong to the minutes (referat), not the agenda. */
export const MINUTES_ITEM_FIELDS: readonly string[] = ['minutesText', 'decision'];

type InputLimit = (input: unknown) => boolean;

const onlySpending: InputLimit = (input) =>
  ((input as { cells?: Array<{ measure?: string }> }).cells ?? []).every((cell) => cell.measure !== 'budget');

const noMinutesFields: InputLimit = (input) =>
  !Object.keys((input as { patch?: object }).patch ?? {}).some((field) => MINUTES_ITEM_FIELDS.includes(field));

/** Where a role may use a channel only with some input. */
const INPUT_LIMITS: { readonly [C in Channel]?: Partial<Record<UserRole, InputLimit>> } = {
  'budget.amounts.set': { 'Social innovator': onlySpending },
  'meetings.items.update': { 'Social innovator': noMinutesFields, Medlem: noMinutesFields },
};

/** What each role may do, as the refusal says it. */
export const ROLE_RIGHTS: Readonly<Record<UserRole, string>> = {
  Formand: 'ændre alt',
  'Social innovator': 'foreslå punkter til dagsordenen og holde indsatser, aktiviteter, partnere, opfølgninger og forbrug ved lige',
  Medlem: 'læse alt og foreslå punkter til dagsordenen',
  Sekretariat: 'foreslå punkter til dagsordenen og skrive referat og handlinger',
  Direktør: 'læse alt og lave dokumenter',
};

/** The Danish refusal naming what the role may do. */
export function roleRefusal(role: UserRole): string {
  return role === 'Direktør'
    ? `Som ${role} kan du ${ROLE_RIGHTS[role]}, men ikke ændre noget`
    : `Som ${role} kan du ${ROLE_RIGHTS[role]}, men ikke ændre dette`;
}

/** Whether the channel changes the workbook's content (and so is limited to some roles). */
export function isRoleLimited(channel: Channel): boolean {
  return typeof CHANNEL_ACCESS[channel] !== 'string';
}

/**
 * Whether this role may call the channel at all (perhaps only with some input). No role – the
 * command line, or before the first start – is not limited: the person at the machine owns the file.
 */
export function mayCall(role: UserRole | null | undefined, channel: Channel): boolean {
  const access = CHANNEL_ACCESS[channel];
  if (typeof access === 'string' || !role) return true;
  return access.includes(role);
}

/** Whether this role may call the channel with this (validated) input. */
export function mayCallWith(role: UserRole | null | undefined, channel: Channel, input: unknown): boolean {
  if (!mayCall(role, channel)) return false;
  const limit = role ? INPUT_LIMITS[channel]?.[role] : undefined;
  return !limit || limit(input);
}

/** The refusal when the role may not call the channel at all (checked before the input), or null. */
export function roleProblem(role: UserRole | null | undefined, channel: Channel): string | null {
  return role && !mayCall(role, channel) ? roleRefusal(role) : null;
}

/** The refusal for this call with this (validated) input, or null when the role may make it. */
export function accessProblem(role: UserRole | null | undefined, channel: Channel, input: unknown): string | null {
  return role && !mayCallWith(role, channel, input) ? roleRefusal(role) : null;
}
