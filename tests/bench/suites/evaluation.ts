// The midtvejs- and slutevaluering drafts from the scale-10 demonstration workbook (ten times
// the activities, partners, follow-ups, meetings and decisions): read from the workbook, built
// and packed, as `reports.generate` and `cli export evaluering` do. Goal: under 500 ms.
import { performance } from 'node:perf_hooks';
import { evaluateInitiative } from '../../../electron/documents/evaluation/evaluation-analysis';
import { evaluationDocument } from '../../../electron/documents/evaluation/evaluation-document';
import { packDocument } from '../../../electron/documents/layout';
import { loadEvaluationData } from '../../../electron/documents/loaders/evaluation';
import type { EvaluationStage } from '../../../shared/domain/report';
import { median } from '../measure';
import type { Measurement } from '../run';
import { createDemoWorkbook } from '../../support/demo-workbook';

export const name = 'Evaluering (docx) fra demonstrationsarbejdsbogen i skala 10';

const TODAY = '2026-11-23';
const DRAFTS: Array<{ stage: EvaluationStage; label: string; period: { from: string; to: string } }> = [
  { stage: 'midtvejs', label: 'Midtvejsevaluering 2020 – 2021 K2', period: { from: '2020-01-01', to: '2021-06-30' } },
  { stage: 'slut', label: 'Slutevaluering hele programperioden', period: { from: '2019-04-01', to: '2022-12-31' } },
];

export async function run(): Promise<Measurement[]> {
  const started = performance.now();
  const twb = createDemoWorkbook(10);
  const results: Measurement[] = [{ label: 'Demo-arbejdsbog oprettet ×10', ms: performance.now() - started }];
  try {
    const wb = twb.session.requireWorkbook();
    for (const draft of DRAFTS) {
      const request = { stage: draft.stage, date: TODAY, period: draft.period, author: 'Bench' };
      let size = 0;
      const ms = await median(async () => {
        size = (await packDocument(evaluationDocument(loadEvaluationData(wb, request)))).length;
      }, 5);
      const data = loadEvaluationData(wb, request);
      const all = data.initiatives.map((i) => evaluateInitiative(data, i.id));
      const facts = `${all.reduce((s, e) => s + e.running.length, 0)} aktiviteter, ${all.reduce((s, e) => s + e.followUps.length, 0)} opfølgninger`;
      results.push({ label: `${draft.label} ×10`, ms, note: `${facts}, ${Math.round(size / 1024)} kB; mål under 500 ms` });
    }
  } finally {
    twb.close();
  }
  return results;
}
