import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/demo/generate-demo';
import { demoMeetings } from '../../electron/demo/demo-meetings';
import { demoMembers } from '../../electron/demo/demo-members';
import { readMeetingDetail, readMeetings } from '../../electron/features/meetings/read-meeting';
import fs from 'node:fs';
import path from 'node:path';
import { demoCommand } from '../../electron/cli-commands/demo-command';
import { UsageError } from '../../electron/cli-commands/command';
import { createTestWorkbook, openTestSession, tempDir, type TestWorkbook } from '../support/workbooks';

const open: TestWorkbook[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

function demoWorkbook(scale: number): TestWorkbook {
  const wb = createTestWorkbook();
  open.push(wb);
  generateDemo(wb.session.current!, 'Test', scale);
  return wb;
}

async function content(wb: TestWorkbook): Promise<unknown> {
  const dump = (await wb.call('workbook.dump', {})) as { tables: unknown };
  return dump.tables;
}

describe('the demonstration workbook', () => {
  it('is the same every time for the same scale', async () => {
    const first = (await content(demoWorkbook(1))) as Record<string, unknown[]>;
    const second = await content(demoWorkbook(1));
    expect(second).toEqual(first);
    // The comparison covers every part: meetings, the plan, activities, partners and follow-ups.
    for (const table of ['meeting', 'agenda_item', 'action_item', 'plan_phase', 'milestone', 'activity', 'partner', 'activity_partner', 'follow_up']) {
      expect(first[table]!.length, table).toBeGreaterThan(0);
    }
    const larger = (await content(demoWorkbook(2))) as Record<string, unknown[]>;
    expect(larger).not.toEqual(first);
    for (const table of ['activity', 'activity_partner', 'follow_up']) expect(larger[table], table).not.toEqual(first[table]);
  });

  it('holds three years of meetings about every six weeks, named as demonstration data', async () => {
    const wb = demoWorkbook(1);
    const program = await wb.call('program.get', {});
    expect(program.program.title).toBe('DEMONSTRATIONSDATA – Styrket indsats for social balance i Mørkhøj');
    expect(program.members.map((m) => m.name)).toEqual(['Lene Bach Andersen', 'Sara Khalil', 'Jens Mikkelsen', 'Mette Vestergaard']);

    const meetings = await wb.call('meetings.list', {});
    expect(meetings).toHaveLength(27);
    expect(meetings[0]!.date).toBe('2019-09-04');
    expect(meetings.at(-1)!.date.slice(0, 4)).toBe('2022');
    expect(meetings.slice(0, -2).every((m) => m.status === 'referat godkendt')).toBe(true);
    expect(meetings.at(-2)!.status).toBe('afholdt');
    expect(meetings.at(-1)!.status).toBe('planlagt');
    expect(meetings.at(-1)!.pendingProposals).toBe(1);
    // Held meetings keep to their time.
    expect(meetings.slice(0, -1).filter((m) => m.overrunMinutes > 0).length).toBeLessThanOrEqual(2);

    const decisions = await wb.call('decisions.list', {});
    expect(decisions.length).toBeGreaterThan(20);
    expect(decisions.some((d) => d.itemTitle === 'Midtvejsevaluering')).toBe(true);
    const actions = await wb.call('actions.list', {});
    expect(actions.length).toBeGreaterThan(60);
    expect(actions.filter((a) => a.status === 'færdig').length).toBeGreaterThan(actions.length * 0.7);
    expect(actions.every((a) => a.status !== 'færdig' || (a.completedOn !== null && a.completedOn > a.meetingDate))).toBe(true);

    const last = readMeetingDetail(wb.session.current!, meetings.at(-1)!.id);
    expect(last.carriedOver.some((a) => a.status !== 'færdig')).toBe(true);
    expect(last.items.map((i) => i.title)).toContain('Slutevaluering');
  });

  it('fills in spending for every budgeted year and passes its own check', async () => {
    const wb = demoWorkbook(1);
    const dump = (await wb.call('workbook.dump', {})) as { tables: { budget_amount: Array<{ budget: number | null; actualOre: number | null }> } };
    const amounts = dump.tables.budget_amount.filter((a) => a.budget !== null);
    // Forbrug is booked to the øre, as a finance system does, and stored as whole øre.
    expect(amounts.every((a) => Number.isInteger(a.actualOre))).toBe(true);
    expect(amounts.some((a) => a.actualOre! % 100 !== 0)).toBe(true);
    const spent = amounts.reduce((s, a) => s + (a.actualOre ?? 0), 0) / 100;
    expect(spent).toBeGreaterThan(2_300_000);
    expect(spent).toBeLessThan(2_600_000);
    const report = await wb.call('workbook.check', {});
    expect(report.problems.filter((p) => p.severity === 'fejl')).toEqual([]);
  });

  it('runs only the modules whose tables exist, so new parts can be added as modules', () => {
    const wb = createTestWorkbook();
    open.push(wb);
    const future = { name: 'activities', requiresTables: ['activity_that_does_not_exist_yet'], run: () => { throw new Error('should not run'); } };
    const report = generateDemo(wb.session.current!, 'Test', 1, [demoMembers, demoMeetings, future]);
    expect(report).toEqual({ modules: ['members', 'meetings'], skipped: ['activities'] });
    expect(readMeetings(wb.session.current!)).toHaveLength(27);
    expect(wb.session.current!.undoState(wb.session.author).canUndo).toBe(false);
  });

  it('refuses a scale that is not a whole number from 1 to 50', () => {
    const wb = createTestWorkbook();
    open.push(wb);
    expect(() => generateDemo(wb.session.current!, 'Test', 0)).toThrow('Skala skal være et helt tal fra 1 til 50');
    expect(() => generateDemo(wb.session.current!, 'Test', 1.5)).toThrow(RangeError);
  });

  it('is made by `cli demo <fil> --scale N`, which refuses a bad scale in Danish', async () => {
    const dir = tempDir();
    const base = openTestSession(dir);
    try {
      const lines: string[] = [];
      const ctx = { session: base.session, dispatch: base.dispatch, out: (t: string) => lines.push(t) };
      const file = path.join(dir, 'demo.arbejdsbog');
      expect(await demoCommand.run([file, '--scale', '2'], ctx)).toBe(0);
      expect(lines.join('')).toContain('Demonstrationsdata i skala 2: 54 møder');
      expect(lines.join('')).toContain('Indsatserne: 36 aktiviteter, 29 partnere, 30 opfølgninger.');
      await expect(demoCommand.run([path.join(dir, 'x.arbejdsbog'), '--scale', 'ti'], ctx)).rejects.toThrow('Skala skal være et helt tal fra 1 til 50');
      await expect(demoCommand.run(['--scale', '2'], ctx)).rejects.toBeInstanceOf(UsageError);
    } finally {
      base.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
