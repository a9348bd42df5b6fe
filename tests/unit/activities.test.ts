import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

describe('activities, partners and follow-ups', () => {
  it('lists the programme document\'s ideas for initiative 1 with status idé', async () => {
    wb = createTestWorkbook();
    const life = await wb.call('activities.forInitiative', { initiativeId: 1 });
    expect(life.activities.map((a) => `${a.name} (${a.status})`)).toEqual([
      'Fællesspisning for familier (idé)',
      'Lektiecafé for børn og unge (idé)',
      'Familie-/forældrekursus (idé)',
      'Forældrenetværk (idé)',
      'Læseklub for flersprogede drenge (idé)',
      'Babybibliotek (idé)',
    ]);
    expect(life.overview).toMatchObject({ activityCount: 6, participantsTotal: 0, activitiesWithoutCount: 6, lastFollowUp: null, followUpCount: 0 });
    expect(life.overview.byStatus).toEqual({ idé: 6, planlagt: 0, 'i gang': 0, forankret: 0, stoppet: 0 });
    expect((await wb.call('activities.forInitiative', { initiativeId: 2 })).activities).toEqual([]);
    expect((await wb.call('partners.list', {})).map((p) => p.name)).toContain('Mørkhøj Bibliotek');
  });

  it('adds an activity with a partner, edits it and sums the participants in the overview', async () => {
    wb = createTestWorkbook();
    const club = await wb.call('partners.add', { name: 'Mørkhøj Boldklub', kind: 'forening', contact: 'formand@mbk.dk' });
    const housing = await wb.call('partners.add', { name: 'Boligselskabet Mørkhøjgård', kind: 'boligorganisation' });
    const activity = await wb.call('activities.add', { initiativeId: 2, name: 'Fodbold om fredagen', partnerIds: [club.id] });
    expect(activity).toMatchObject({ name: 'Fodbold om fredagen', status: 'idé', partnerIds: [club.id], position: 1 });

    const running = await wb.call('activities.update', {
      id: activity.id, patch: { status: 'i gang', startDate: '2020-09-04', participants: 24, localOwner: 'Mørkhøj Boldklub' },
    });
    expect(running).toMatchObject({ status: 'i gang', startDate: '2020-09-04', participants: 24 });
    const both = await wb.call('activities.setPartners', { id: activity.id, partnerIds: [housing.id, club.id] });
    // Partners come in the order of the partner list, whatever order they were chosen in.
    expect(both.partnerIds).toEqual([club.id, housing.id]);

    await wb.call('activities.add', { initiativeId: 2, name: 'Kortlægning af foreningslivet', status: 'planlagt' });
    const { overview } = await wb.call('activities.forInitiative', { initiativeId: 2 });
    expect(overview).toMatchObject({ activityCount: 2, participantsTotal: 24, activitiesWithoutCount: 1 });
    expect(overview.byStatus).toMatchObject({ 'i gang': 1, planlagt: 1 });
    expect((await wb.call('partners.list', {})).find((p) => p.id === club.id)?.activityCount).toBe(1);
  });

  it('refuses bad activity input in Danish', async () => {
    wb = createTestWorkbook();
    const message = async (channel: string, input: unknown) => {
      const envelope = await wb.raw(channel, input);
      return envelope.ok ? 'accepted' : envelope.error.message;
    };
    const [first] = (await wb.call('activities.forInitiative', { initiativeId: 1 })).activities;
    expect(await message('activities.update', { id: first!.id, patch: { status: 'færdig' } })).toBe(
      'Aktivitetens status skal være en af: idé, planlagt, i gang, forankret, stoppet',
    );
    expect(await message('activities.update', { id: first!.id, patch: { startDate: '2020-02-30' } })).toBe('Startdato skal være en gyldig dato (ÅÅÅÅ-MM-DD)');
    expect(await message('activities.update', { id: first!.id, patch: { participants: -3 } })).toBe('Antal deltagere må ikke være negativt');
    expect(await message('activities.update', { id: first!.id, patch: { name: '' } })).toBe('Aktivitetens navn må ikke være tomt');
    expect(await message('activities.setPartners', { id: first!.id, partnerIds: [1, 1] })).toBe('Den samme partner er valgt to gange');
    expect(await message('activities.setPartners', { id: first!.id, partnerIds: [4242] })).toBe('Partneren (nr. 4242) findes ikke (måske er den slettet)');
    expect(await message('activities.add', { initiativeId: 4242 })).toBe('Indsatsen findes ikke (måske er den slettet)');
    expect(await message('partners.add', { name: 'mørkhøj bibliotek ' })).toBe('Der findes allerede en partner med navnet «Mørkhøj Bibliotek»');
    expect(await message('followUps.add', { initiativeId: 1, date: '2021-03-10', form: 'workshop' })).toBe(
      'Opfølgningens form skal være en af: fokusgruppe, dialogmøde, samtale',
    );
    // Nothing was written by any of the refusals.
    expect((await wb.call('app.state', {})).undo.canUndo).toBe(false);
  });

  it('removing a partner unlinks it from its activities, and undo links it again', async () => {
    wb = createTestWorkbook();
    const [library] = await wb.call('partners.list', {});
    const [dinner] = (await wb.call('activities.forInitiative', { initiativeId: 1 })).activities;
    await wb.call('activities.setPartners', { id: dinner!.id, partnerIds: [library!.id] });
    await wb.call('partners.remove', { id: library!.id });
    expect((await wb.call('app.state', {})).undo.undoLabel).toBe('Slet partneren «Mørkhøj Bibliotek» og fjern den fra 1 aktivitet');
    expect((await wb.call('activities.forInitiative', { initiativeId: 1 })).activities[0]!.partnerIds).toEqual([]);
    await wb.call('workbook.undo', {});
    expect((await wb.call('activities.forInitiative', { initiativeId: 1 })).activities[0]!.partnerIds).toEqual([library!.id]);
  });

  it('records follow-ups and shows the latest in the overview', async () => {
    wb = createTestWorkbook();
    await wb.call('followUps.add', { initiativeId: 1, date: '2020-11-12', form: 'fokusgruppe', withWhom: 'Forældre fra lektiecaféen', learnt: 'Tidspunktet passer ikke familier med små børn' });
    const latest = await wb.call('followUps.add', { initiativeId: 1, date: '2021-03-10', form: 'dialogmøde', withWhom: 'Boligsocial medarbejder' });
    const life = await wb.call('activities.forInitiative', { initiativeId: 1 });
    expect(life.followUps.map((f) => f.date)).toEqual(['2021-03-10', '2020-11-12']);
    expect(life.overview.lastFollowUp?.id).toBe(latest.id);
    const changed = await wb.call('followUps.update', { id: latest.id, patch: { learnt: 'Ønske om fællesspisning i kælderlokalet' } });
    expect(changed.learnt).toBe('Ønske om fællesspisning i kælderlokalet');
    const overviews = await wb.call('activities.overview', {});
    expect(overviews.map((o) => o.followUpCount)).toEqual([2, 0, 0]);
    await wb.call('followUps.remove', { id: latest.id });
    expect((await wb.call('activities.forInitiative', { initiativeId: 1 })).overview.lastFollowUp?.date).toBe('2020-11-12');
  });

  it('deleting an initiative takes its activities, links and follow-ups; undo restores them all', async () => {
    wb = createTestWorkbook();
    const [library] = await wb.call('partners.list', {});
    const [dinner] = (await wb.call('activities.forInitiative', { initiativeId: 1 })).activities;
    await wb.call('activities.setPartners', { id: dinner!.id, partnerIds: [library!.id] });
    await wb.call('followUps.add', { initiativeId: 1, date: '2021-03-10', form: 'samtale' });
    await wb.call('initiatives.remove', { id: 1 });
    expect((await wb.raw('activities.forInitiative', { initiativeId: 1 })).ok).toBe(false);
    expect((await wb.call('partners.list', {}))[0]!.activityCount).toBe(0);
    await wb.call('workbook.undo', {});
    const life = await wb.call('activities.forInitiative', { initiativeId: 1 });
    expect(life.activities).toHaveLength(6);
    expect(life.activities[0]!.partnerIds).toEqual([library!.id]);
    expect(life.followUps).toHaveLength(1);
  });
});
