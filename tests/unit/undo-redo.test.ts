import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';
import { workbookFingerprint } from '../support/workbook-fingerprint';

let wb: TestWorkbook;
afterEach(() => wb?.close());

/** Rows of the workbook's data, without the change log (which grows with undo and redo). */
function dataFingerprint(t: TestWorkbook): string {
  const db = t.session.current!.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('change','change_set') ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM "${table}" ORDER BY id`).all()));
}

describe('undo and redo over the one mutation path', () => {
  it('undoes and redoes a field edit, logging who did what', async () => {
    wb = createTestWorkbook();
    await wb.call('initiatives.update', { id: 1, patch: { status: 'gul', statusReason: 'Lektiecaféen mangler frivillige' } });
    let state = await wb.call('app.state', {});
    expect(state.undo).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Ret indsats 1: status, begrundelse' });

    await wb.call('workbook.undo', {});
    expect((await wb.call('initiatives.list', {}))[0]).toMatchObject({ status: 'grøn', statusReason: '' });
    state = await wb.call('app.state', {});
    expect(state.undo).toMatchObject({ canUndo: false, canRedo: true });

    await wb.call('workbook.redo', {});
    expect((await wb.call('initiatives.list', {}))[0]).toMatchObject({ status: 'gul', statusReason: 'Lektiecaféen mangler frivillige' });

    const log = await wb.call('workbook.changeLog', {});
    expect(log.map((e) => [e.kind, e.description])).toEqual([
      ['redo', 'Gentag: Ret indsats 1: status, begrundelse'],
      ['undo', 'Fortryd: Ret indsats 1: status, begrundelse'],
      ['edit', 'Ret indsats 1: status, begrundelse'],
      ['edit', 'Arbejdsbog oprettet fra programdokumentet'],
    ]);
    expect(log[2]!.author).toBe('Test Bruger (Formand)');
    expect(log[2]!.changes[0]!.summary).toBe('status: grøn → gul; begrundelse: (tom) → Lektiecaféen mangler frivillige');
  });

  it('restores a deleted initiative with its participants and plan phases, exactly', async () => {
    wb = createTestWorkbook();
    const before = dataFingerprint(wb);
    await wb.call('initiatives.remove', { id: 3 });
    const dump = (await wb.call('workbook.dump', {})) as { tables: Record<string, Array<{ initiativeId?: number }>> };
    expect(dump.tables.initiative_participant).toEqual([]);
    expect(dump.tables.plan_phase!.some((p) => p.initiativeId === 3)).toBe(false);

    await wb.call('workbook.undo', {});
    expect(dataFingerprint(wb)).toBe(before);
    await wb.call('workbook.redo', {});
    expect((await wb.call('initiatives.list', {})).map((i) => i.number)).toEqual([1, 2]);
    await wb.call('workbook.undo', {});
    expect(dataFingerprint(wb)).toBe(before);
  });

  it('undoes a sequence of changes in reverse order, back to the start', async () => {
    wb = createTestWorkbook();
    const start = dataFingerprint(wb);
    await wb.call('program.update', { patch: { fundingSource: 'Puljen' } });
    const added = await wb.call('initiatives.add', { title: 'Bydelshus' });
    await wb.call('initiatives.participants.add', { initiativeId: added.id, groupName: 'Frivillige', count: 12 });
    await wb.call('program.list.move', { id: 5, toPosition: 1 });
    await wb.call('members.add', { name: 'Mette Hansen', role: 'Formand' });
    for (let i = 0; i < 5; i++) await wb.call('workbook.undo', {});
    expect(dataFingerprint(wb)).toBe(start);
    const refused = await wb.raw('workbook.undo', {});
    expect(refused).toMatchObject({ ok: false, error: { message: 'Der er intet at fortryde' } });
  });

  it('forgets the redo stack after a new change', async () => {
    wb = createTestWorkbook();
    await wb.call('program.update', { patch: { fundingSource: 'A' } });
    await wb.call('workbook.undo', {});
    await wb.call('program.update', { patch: { fundingSource: 'B' } });
    expect((await wb.call('app.state', {})).undo.canRedo).toBe(false);
  });

  it('records nothing for a change that changes nothing', async () => {
    wb = createTestWorkbook();
    const before = workbookFingerprint(wb.session.current!);
    await wb.call('program.update', { patch: { fundingSource: 'Social balance-puljen' } });
    expect(workbookFingerprint(wb.session.current!)).toBe(before);
    expect((await wb.call('app.state', {})).undo.canUndo).toBe(false);
  });

  it('rolls back the whole change when any part of it fails', async () => {
    wb = createTestWorkbook();
    const before = workbookFingerprint(wb.session.current!);
    expect(() =>
      wb.session.current!.mutate('Test', 'Halv ændring', (tx) => {
        tx.update('program', 1, { title: 'Ny titel' });
        throw new Error('fejl midt i ændringen');
      }),
    ).toThrow('fejl midt i ændringen');
    expect(workbookFingerprint(wb.session.current!)).toBe(before);
  });
});
