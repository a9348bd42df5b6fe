import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TODAY } from '../../electron/demo/demo-context';
import { DEMO_MODULES, generateDemo } from '../../electron/demo/generate-demo';
import { PROGRAMME_PARTNERS } from '../../electron/workbook/seed/plan-and-activities';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

const open: TestWorkbook[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

function demoWorkbook(scale: number, modules = DEMO_MODULES): TestWorkbook {
  const wb = createTestWorkbook();
  open.push(wb);
  generateDemo(wb.session.current!, 'Test', scale, modules);
  return wb;
}

async function initiativeIds(wb: TestWorkbook): Promise<Map<number, number>> {
  const list = await wb.call('initiatives.list', {});
  return new Map(list.map((i) => [i.number, i.id]));
}

const PERIOD = { from: '2019-04-01', to: '2022-12-31' };

describe('the demonstration workbook: activities, partners and follow-ups', () => {
  it("follows initiative 1's ideas from the programme document: some running, three handed over, one stopped", async () => {
    const wb = demoWorkbook(1);
    const ids = await initiativeIds(wb);
    const life = await wb.call('activities.forInitiative', { initiativeId: ids.get(1)! });
    const status = Object.fromEntries(life.activities.map((a) => [a.name, a.status]));
    expect(status).toMatchObject({
      'Fællesspisning for familier': 'forankret',
      'Lektiecafé for børn og unge': 'forankret',
      'Familie-/forældrekursus': 'i gang',
      Forældrenetværk: 'i gang',
      'Læseklub for flersprogede drenge': 'stoppet',
      Babybibliotek: 'forankret',
    });
    // The ideas stay the rows the programme document gave (updated, not added again).
    expect(life.activities.slice(0, 6).map((a) => a.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(life.activities.filter((a) => a.status === 'stoppet')).toHaveLength(1);
    expect(life.activities.find((a) => a.status === 'stoppet')!.note).toContain('Stoppet i juni 2021');
    expect(life.activities.length).toBeGreaterThan(6);

    const all = [...life.activities];
    for (const n of [2, 3]) all.push(...(await wb.call('activities.forInitiative', { initiativeId: ids.get(n)! })).activities);
    expect(all.filter((a) => a.initiativeId === ids.get(2)).length).toBeGreaterThanOrEqual(3);
    for (const a of all) {
      if (a.status === 'idé') {
        expect(a.startDate, a.name).toBeNull();
        continue;
      }
      expect(a.startDate! >= PERIOD.from && a.startDate! <= PERIOD.to, `${a.name} ${a.startDate}`).toBe(true);
      if (a.status === 'planlagt') expect(a.startDate! > DEMO_TODAY, a.name).toBe(true);
      else {
        expect(a.startDate! <= DEMO_TODAY, a.name).toBe(true);
        expect(a.participants === null ? a.name === 'Kortlægning af foreningslivet i Mørkhøj' : a.participants > 0, a.name).toBe(true);
      }
      if (a.status === 'forankret') expect(a.localOwner.trim(), a.name).not.toBe('');
      expect(a.partnerIds.length, a.name).toBeGreaterThan(0);
    }
    const overview = (await wb.call('activities.overview', {})).find((o) => o.initiativeId === ids.get(1))!;
    expect(overview.participantsTotal).toBeGreaterThan(150);
    expect(overview.lastFollowUp?.date.startsWith('2022')).toBe(true);
  });

  it('adds local partners – housing associations, clubs, institutions – each running at least one activity', async () => {
    const wb = demoWorkbook(1);
    const partners = await wb.call('partners.list', {});
    const names = partners.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Boligselskabet Kildeparken', 'Boligforeningen Mørkhøjgård', 'Idrætsforeningen Mørkhøj Øst', 'Lyngbakkeskolen']));
    expect(names.slice(0, PROGRAMME_PARTNERS.length)).toEqual(PROGRAMME_PARTNERS.map((p) => p.name));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(new Set(partners.map((p) => p.kind))).toEqual(new Set(['boligorganisation', 'forening', 'institution', 'borgergruppe', 'virksomhed']));
    for (const p of partners.slice(PROGRAMME_PARTNERS.length)) expect(p.activityCount, p.name).toBeGreaterThan(0);
    expect(partners.find((p) => p.name === 'Mørkhøj Bibliotek')!.activityCount).toBeGreaterThanOrEqual(4);
  });

  it('records fokusgrupper, dialogmøder and samtaler for every initiative with what was learnt', async () => {
    const wb = demoWorkbook(1);
    const ids = await initiativeIds(wb);
    const followUps = [];
    for (const n of [1, 2, 3]) {
      const own = (await wb.call('activities.forInitiative', { initiativeId: ids.get(n)! })).followUps;
      expect(own.length, `indsats ${n}`).toBeGreaterThanOrEqual(3);
      followUps.push(...own);
    }
    expect(new Set(followUps.map((f) => f.form))).toEqual(new Set(['fokusgruppe', 'dialogmøde', 'samtale']));
    for (const f of followUps) {
      expect(f.date >= '2019-10-01' && f.date <= DEMO_TODAY, f.date).toBe(true);
      expect(f.withWhom).not.toBe('');
      expect(f.learnt.length, f.withWhom).toBeGreaterThan(80);
    }
    expect(followUps.some((f) => f.learnt.includes('fællesskabets skyld'))).toBe(true);
  });

  it('gives the plan the statuses of August 2022: phases over are afsluttet, the running one i gang', async () => {
    const wb = demoWorkbook(1);
    const ids = await initiativeIds(wb);
    const plan = await wb.call('plan.get', {});
    const phases = (n: number) => plan.phases.filter((p) => p.initiativeId === ids.get(n)).map((p) => `${p.title}: ${p.status}`);
    expect(phases(1)).toEqual([
      'Planlægning af ansættelse og indsats: afsluttet',
      'Social innovator ansættes. Relationsopbygning, research, opstartsfasen: afsluttet',
      'Implementering af aktiviteter: afsluttet',
      'Eventuel videreførelse af social innovator i driften: i gang',
    ]);
    expect(phases(3)).toEqual(['Planlægning: afsluttet', 'Implementering af aktiviteter: i gang']);
    const milestones = Object.fromEntries(plan.milestones.map((m) => [m.kind, m]));
    expect(milestones.midtvejsevaluering).toMatchObject({ status: 'gennemført' });
    expect(milestones.midtvejsevaluering!.quarter.startsWith('2021')).toBe(true);
    expect(milestones.midtvejsevaluering!.note).toMatch(/^Godkendt af styregruppen \d+\. \S+ 2021/);
    expect(milestones.slutevaluering).toMatchObject({ status: 'planlagt', quarter: '2022-K3', note: 'På dagsordenen til styregruppens møde 31. august 2022.' });
    expect(milestones['beslutning om videreførelse']).toMatchObject({ status: 'planlagt', quarter: '2022-K4' });
  });

  it('holds N times as much at scale N, partner names still unique, and passes its checks', async () => {
    const one = demoWorkbook(1);
    const three = demoWorkbook(3);
    const count = (wb: TestWorkbook, table: string) => wb.session.current!.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    for (const table of ['activity', 'follow_up']) expect(count(three, table), table).toBe(3 * count(one, table));
    const added = (wb: TestWorkbook) => count(wb, 'partner') - PROGRAMME_PARTNERS.length;
    expect(added(three)).toBe(3 * added(one));
    const names = (await three.call('partners.list', {})).map((p) => p.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(count(three, 'activity_partner')).toBeGreaterThan(2.5 * count(one, 'activity_partner'));

    for (const wb of [one, three]) {
      const report = await wb.call('workbook.check', {});
      expect(report.problems.filter((p) => p.severity === 'fejl')).toEqual([]);
      // Every activity handed over says to whom; the plan lies within the period.
      expect(report.problems.filter((p) => p.area === 'Indsatser' || p.area === 'Plan')).toEqual([]);
    }
  });

  it('leaves the other parts as they are: each part draws from its own random generator', async () => {
    const full = (await demoWorkbook(1).call('workbook.dump', {})) as { tables: Record<string, unknown[]> };
    const without = (await demoWorkbook(1, DEMO_MODULES.filter((m) => m.name !== 'activities')).call('workbook.dump', {})) as { tables: Record<string, unknown[]> };
    for (const table of ['meeting', 'agenda_item', 'action_item', 'budget_amount']) expect(without.tables[table], table).toEqual(full.tables[table]);
    expect(without.tables.follow_up).toEqual([]);
  });
});
