// The Plan sheet and the initiatives' activities on a workbook far larger than the programme's:
// 40 initiatives × 15 phases, 2.000 activities with partners, 800 follow-ups.
import { buildPlanLayout } from '../../../shared/plan-layout';
import { addQuarters } from '../../../shared/quarters';
import type { PlanSheetData } from '../../../shared/domain/plan';
import { createTestWorkbook } from '../../support/workbooks';
import { median } from '../measure';
import type { Measurement } from '../run';

export const name = 'Plan, aktiviteter og opfølgning';

export async function run(): Promise<Measurement[]> {
  const wb = createTestWorkbook();
  try {
    const book = wb.session.current!;
    const initiativeIds = book.mutate('bench', 'Fyld arbejdsbogen', (tx) => {
      const ids: number[] = [];
      const partners = Array.from({ length: 60 }, (_, i) => tx.insert('partner', { name: `Partner ${i + 1}`, kind: 'forening', position: i + 1 }));
      for (let i = 0; i < 40; i++) {
        const id = tx.insert('initiative', { number: 10 + i, title: `Indsats ${10 + i}`, position: 10 + i });
        ids.push(id);
        for (let p = 0; p < 15; p++) {
          const start = addQuarters('2019-K2', p);
          tx.insert('plan_phase', { initiative_id: id, title: `Fase ${p + 1}`, start_quarter: start, end_quarter: addQuarters(start, p % 4), status: 'planlagt', position: p + 1 });
        }
        for (let a = 0; a < 50; a++) {
          const activity = tx.insert('activity', { initiative_id: id, name: `Aktivitet ${a + 1}`, status: 'i gang', participants: a, position: a + 1 });
          tx.insert('activity_partner', { activity_id: activity, partner_id: partners[(a + i) % partners.length]! });
          tx.insert('activity_partner', { activity_id: activity, partner_id: partners[(a + i + 7) % partners.length]! });
        }
        for (let f = 0; f < 20; f++) tx.insert('follow_up', { initiative_id: id, date: `2021-0${(f % 9) + 1}-1${f % 9}`, form: 'samtale', with_whom: 'Forældre' });
      }
      return ids;
    });

    const plan = (await wb.call('plan.get', {})) as PlanSheetData;
    const phaseId = plan.phases.find((p) => p.initiativeId === initiativeIds[0])!.id;
    let flip = -1;
    return [
      { label: `plan.get (${plan.phases.length} faser, ${plan.initiatives.length} indsatser)`, ms: await median(() => wb.call('plan.get', {})) },
      { label: 'buildPlanLayout (samme plan)', ms: await median(() => buildPlanLayout(plan), 20) },
      { label: 'plan.phases.stretch (én fase, med ændringslog)', ms: await median(() => wb.call('plan.phases.stretch', { id: phaseId, edge: 'end', by: (flip = -flip) })) },
      { label: 'activities.forInitiative (50 aktiviteter, 20 opfølgninger)', ms: await median(() => wb.call('activities.forInitiative', { initiativeId: initiativeIds[0]! })) },
      { label: 'activities.overview (43 indsatser, 2.006 aktiviteter)', ms: await median(() => wb.call('activities.overview', {})) },
      { label: 'partners.list (65 partnere, 4.000 koblinger)', ms: await median(() => wb.call('partners.list', {})) },
      { label: 'workbook.check (alle tjek)', ms: await median(() => wb.call('workbook.check', {})) },
    ];
  } finally {
    wb.close();
  }
}
