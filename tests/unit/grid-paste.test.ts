// A block pasted into a grid is one change: each cell runs the channel a typed value uses,
// all inside one transaction; one refused cell refuses the block and leaves the file as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

const members = (t: TestWorkbook) => t.session.current!.db.prepare('SELECT id, name, email FROM member ORDER BY position').all() as Array<{ id: number; name: string; email: string }>;
const changeSets = (t: TestWorkbook) => t.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number;

describe('grid.paste', () => {
  it('stores every cell as one change that one undo takes back', async () => {
    wb = createTestWorkbook();
    const [first, second] = members(wb);
    const before = members(wb);
    const sets = changeSets(wb);
    await wb.call('grid.paste', {
      grid: 'Styregruppens medlemmer',
      cells: [
        { channel: 'members.update', input: { id: first!.id, patch: { name: 'Anna' } }, where: 'række 1, Navn' },
        { channel: 'members.update', input: { id: first!.id, patch: { email: 'anna@example.dk' } }, where: 'række 1, E-mail' },
        { channel: 'members.update', input: { id: second!.id, patch: { name: 'Bo' } }, where: 'række 2, Navn' },
      ],
    });
    expect(changeSets(wb)).toBe(sets + 1);
    expect(members(wb).slice(0, 2)).toMatchObject([{ name: 'Anna', email: 'anna@example.dk' }, { name: 'Bo' }]);
    expect((await wb.call('app.state', {})).undo.undoLabel).toBe('Indsæt 3 celler i Styregruppens medlemmer');
    await wb.call('workbook.undo', {});
    expect(members(wb)).toEqual(before);
  });

  it('refuses the whole block on one bad cell, naming it, and writes nothing', async () => {
    wb = createTestWorkbook();
    const [first, second] = members(wb);
    const before = members(wb);
    const sets = changeSets(wb);
    const answer = await wb.raw('grid.paste', {
      grid: 'Styregruppens medlemmer',
      cells: [
        { channel: 'members.update', input: { id: first!.id, patch: { name: 'Anna' } }, where: 'række 1, Navn' },
        { channel: 'members.update', input: { id: second!.id, patch: { email: 'ikke en adresse' } }, where: 'række 2, E-mail' },
      ],
    });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(/^Intet er sat ind: række 2, E-mail – .*e-mail/i);
    expect(members(wb)).toEqual(before);
    expect(changeSets(wb)).toBe(sets);
  });

  it('runs only cell-editing channels', async () => {
    wb = createTestWorkbook();
    const answer = await wb.raw('grid.paste', { grid: 'x', cells: [{ channel: 'members.remove', input: { id: 1 }, where: 'række 1, Navn' }] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(members(wb).length).toBeGreaterThan(0);
  });
});
