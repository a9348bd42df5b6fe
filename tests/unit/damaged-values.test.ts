// One bad value in the file – malformed JSON, a BLOB in a text column, a bad quarter or time, a
// broken change-log row – must not take a whole sheet or every Word document down with it: the
// row is read with the value marked as damaged, `check` names it, and a failed read says so.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentRequest } from '../../electron/features/reports/render';
import { renderInWorker as renderDocument } from '../../electron/features/reports/render-in-worker';
import { handlers } from '../../electron/features';
import { createDocumentSession, type DocumentSession } from '../support/document-session';

let s: DocumentSession;
afterEach(() => {
  vi.restoreAllMocks();
  s?.close();
});

function damage(sql: string, ...params: unknown[]): void {
  s.session.requireWorkbook().db.prepare(sql).run(...params);
}

const READS = ['program.get', 'initiatives.list', 'plan.get', 'budget.get', 'meetings.list', 'actions.list', 'decisions.list', 'workbook.changeLog', 'workbook.dump'] as const;

async function everyDocument(meetingId: number): Promise<void> {
  const requests: DocumentRequest[] = [
    { kind: 'dagsorden', meetingId }, { kind: 'referat', meetingId }, { kind: 'statusnotat' }, { kind: 'programdokument' },
  ] as DocumentRequest[];
  for (const request of requests) {
    const doc = await renderDocument(s.session.requireWorkbook(), request, { today: '2021-06-01', lastStatusReportTo: null });
    expect(doc.buffer.length, request.kind).toBeGreaterThan(1000);
  }
}

describe('a damaged value is read, marked and named, not fatal', () => {
  it('reads every sheet and writes every document despite one bad value of each kind, and check names each', async () => {
    s = createDocumentSession({ demo: true });
    const db = s.session.requireWorkbook().db;
    const meetingId = db.prepare('SELECT meeting_id FROM agenda_item ORDER BY id LIMIT 1').pluck().get() as number;
    const itemId = db.prepare('SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY id LIMIT 1').pluck().get(meetingId) as number;
    damage(`UPDATE initiative SET effects = '{ikke json' WHERE number = 1`);
    damage('UPDATE agenda_item SET recommendation = ? WHERE id = ?', '[1, "to"', itemId);
    damage('UPDATE program SET background = ?', Buffer.from([0, 255, 1, 2]));
    damage(`UPDATE plan_phase SET start_quarter = '2019-K9' WHERE id = (SELECT MIN(id) FROM plan_phase)`);
    damage(`UPDATE budget_employment SET start_quarter = '0001-K1' WHERE id = (SELECT MIN(id) FROM budget_employment)`);
    damage(`UPDATE meeting SET start_time = '25:99' WHERE id = ?`, meetingId);
    damage(`UPDATE change SET before_json = '{brudt' WHERE id = (SELECT MIN(id) FROM change WHERE before_json IS NOT NULL AND after_json IS NOT NULL)`);

    for (const channel of READS) {
      const result = await s.raw(channel, {});
      expect(result.ok, `${channel}: ${JSON.stringify(result).slice(0, 300)}`).toBe(true);
    }
    expect((await s.raw('meetings.get', { id: meetingId })).ok).toBe(true);

    const program = await s.call('program.get', {});
    expect(program.program.background).toMatch(/^⚠ beskadiget/);
    const initiatives = await s.call('initiatives.list', {});
    expect(initiatives.find((i) => i.number === 1)!.effects).toEqual([expect.stringMatching(/^⚠ beskadiget.*\{ikke json/)]);

    const plan = await s.call('plan.get', {});
    expect(plan.damaged).toEqual([expect.stringMatching(/^Fase \d+: startkvartal er ikke et gyldigt kvartal .*»2019-K9«/)]);
    const log = await s.call('workbook.changeLog', {});
    expect(JSON.stringify(log)).toContain('⚠ beskadiget: før/efter kan ikke læses');

    await everyDocument(meetingId);

    const report = await s.call('workbook.check', {});
    const messages = report.problems.map((p) => `${p.area}: ${p.message}`).join('\n');
    expect(report.sound).toBe(false);
    for (const expected of [/Indsats.*forventede effekter.*beskadiget/, /Dagsordenspunkt.*indstilling.*beskadiget/, /Program.*baggrund.*beskadiget/i, /ansat fra.*0001-K1/, /Møde.*start.*25:99/, /Ændring.*beskadiget/, /Fasen .* ugyldigt kvartal/]) {
      expect(messages).toMatch(expected);
    }
  });

  it('says a failed read is a failed read: nothing was changed', async () => {
    s = createDocumentSession();
    vi.spyOn(handlers, 'program.get').mockImplementation(() => {
      throw new Error('uventet');
    });
    const result = await s.raw('program.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) {
      expect(result.error.message).not.toContain('Ændringen er ikke gemt');
      expect(result.error.message).toBe('Der opstod en uventet fejl. Arbejdsbogen kunne ikke læses; intet er ændret');
    }
  });
});
