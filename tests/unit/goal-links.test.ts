// The programme's goals linked to initiatives and activities (migration 015): validated, one
// undoable change each, named in the change log, and gone with the goal or activity they link.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function message(channel: string, input: unknown): Promise<string> {
  const envelope = await wb.raw(channel, input);
  return envelope.ok ? 'accepted' : envelope.error.message;
}

async function firstGoalAndActivity(): Promise<{ goalId: number; activityId: number; secondGoalId: number }> {
  const sheet = await wb.call('program.get', {});
  const [goal, second] = sheet.lists.goal;
  const [activity] = (await wb.call('activities.forInitiative', { initiativeId: 1 })).activities;
  return { goalId: goal!.id, secondGoalId: second!.id, activityId: activity!.id };
}

describe('goal links', () => {
  it('offers every initiative with its activities to link to', async () => {
    wb = createTestWorkbook();
    const view = await wb.call('goals.links', {});
    expect(view.links).toEqual([]);
    expect(view.choices.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(view.choices[0]!.activities.map((a) => a.name)).toContain('Fællesspisning for familier');
  });

  it('links and unlinks a goal, each one undoable change with a Danish name in the change log', async () => {
    wb = createTestWorkbook();
    const { goalId, activityId } = await firstGoalAndActivity();
    const linked = await wb.call('goals.link', { goalId, initiativeId: 2 });
    expect(linked.links).toEqual([{ id: expect.any(Number), goalId, initiativeId: 2, activityId: null }]);
    await wb.call('goals.link', { goalId, activityId });
    const [latest] = await wb.call('workbook.changeLog', { limit: 1 });
    expect(latest!.description).toMatch(/^Knyt målet «.+» til aktiviteten «Fællesspisning for familier»$/);
    expect(latest!.sheets).toEqual(['program']);

    const link = (await wb.call('goals.links', {})).links.find((l) => l.initiativeId === 2)!;
    const after = await wb.call('goals.unlink', { id: link.id });
    expect(after.links.map((l) => l.activityId)).toEqual([activityId]);
    expect((await wb.call('workbook.changeLog', { limit: 1 }))[0]!.description).toMatch(/^Fjern koblingen mellem målet «.+» og indsats 2$/);

    await wb.call('workbook.undo', {});
    expect((await wb.call('goals.links', {})).links.map((l) => l.initiativeId ?? `a${l.activityId}`)).toEqual([2, `a${activityId}`]);
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect((await wb.call('goals.links', {})).links).toEqual([]);
  });

  it('sets a goal’s links exactly, as one change that one undo takes back', async () => {
    wb = createTestWorkbook();
    const { goalId, secondGoalId, activityId } = await firstGoalAndActivity();
    await wb.call('goals.link', { goalId: secondGoalId, initiativeId: 1 });
    await wb.call('goals.setLinks', { goalId, initiativeIds: [1, 3], activityIds: [activityId] });
    const set = await wb.call('goals.setLinks', { goalId, initiativeIds: [3], activityIds: [] });
    expect(set.links.filter((l) => l.goalId === goalId).map((l) => l.initiativeId)).toEqual([3]);
    // The other goal's link is untouched.
    expect(set.links.filter((l) => l.goalId === secondGoalId).map((l) => l.initiativeId)).toEqual([1]);
    expect((await wb.call('workbook.changeLog', { limit: 1 }))[0]!.description).toMatch(/^Ret indsatser og aktiviteter for målet «/);
    await wb.call('workbook.undo', {});
    const back = (await wb.call('goals.links', {})).links.filter((l) => l.goalId === goalId);
    expect(back.map((l) => l.initiativeId ?? `a${l.activityId}`).sort()).toEqual([1, 3, `a${activityId}`].sort());
  });

  it('refuses bad links in Danish', async () => {
    wb = createTestWorkbook();
    const { goalId, activityId } = await firstGoalAndActivity();
    const focusArea = (await wb.call('program.get', {})).lists.focusArea[0]!.id;
    expect(await message('goals.link', { goalId, initiativeId: 1, activityId })).toBe('Knyt målet til enten en indsats eller en aktivitet');
    expect(await message('goals.link', { goalId })).toBe('Knyt målet til enten en indsats eller en aktivitet');
    expect(await message('goals.link', { goalId: focusArea, initiativeId: 1 })).toBe('Målet findes ikke (måske er det slettet)');
    expect(await message('goals.link', { goalId, initiativeId: 999 })).toBe('Indsatsen findes ikke (måske er den slettet)');
    expect(await message('goals.link', { goalId, initiativeId: 'en' })).toBe('Indsatsen skal være et tal');
    expect(await message('goals.setLinks', { goalId, initiativeIds: [1, 1], activityIds: [] })).toBe('Den samme indsats er valgt to gange');
    expect(await message('goals.setLinks', { goalId, initiativeIds: [], activityIds: [99999] })).toMatch(/^Aktiviteten \(nr\. 99999\)/);
    expect(await message('goals.unlink', { id: 5 })).toBe('Koblingen findes ikke (måske er den fjernet)');
    await wb.call('goals.link', { goalId, initiativeId: 1 });
    expect(await message('goals.link', { goalId, initiativeId: 1 })).toMatch(/^Målet «.+» er allerede knyttet til indsats 1$/);
    expect((await wb.call('goals.links', {})).links).toHaveLength(1);
  });

  it('removes the links with the goal or the activity, and brings them back on undo', async () => {
    wb = createTestWorkbook();
    const { goalId, secondGoalId, activityId } = await firstGoalAndActivity();
    await wb.call('goals.setLinks', { goalId, initiativeIds: [1], activityIds: [activityId] });
    await wb.call('goals.link', { goalId: secondGoalId, activityId });
    await wb.call('activities.remove', { id: activityId });
    expect((await wb.call('goals.links', {})).links.map((l) => l.initiativeId)).toEqual([1]);
    await wb.call('program.list.remove', { id: goalId });
    expect((await wb.call('goals.links', {})).links).toEqual([]);
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect((await wb.call('goals.links', {})).links).toHaveLength(3);
  });

  it('lets the social innovator link, and refuses the director', async () => {
    wb = createTestWorkbook();
    const { goalId } = await firstGoalAndActivity();
    wb.session.settings.setUser({ name: 'Dina Direktør', role: 'Direktør' });
    expect(await message('goals.link', { goalId, initiativeId: 1 })).toMatch(/^Som Direktør/);
    wb.session.settings.setUser({ name: 'Sara Innovator', role: 'Social innovator' });
    expect(await message('goals.link', { goalId, initiativeId: 1 })).toBe('accepted');
  });
});
