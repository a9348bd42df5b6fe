import type { DemoModule } from './demo-context';

export const DEMO_TITLE_PREFIX = 'DEMONSTRATIONSDATA – ';

/** Names the workbook as demonstration data, so no one mistakes it for the real programme. */
export const demoTitle: DemoModule = {
  name: 'title',
  requiresTables: ['program'],
  run(ctx) {
    const title = ctx.tx.db.prepare('SELECT title FROM program WHERE id = 1').pluck().get() as string;
    ctx.tx.update('program', 1, { title: `${DEMO_TITLE_PREFIX}${title}` });
  },
};

/** Where the initiatives stood at the end of the period, as the minutes tell it. */
export const demoInitiativeStatus: DemoModule = {
  name: 'initiative-status',
  requiresTables: ['initiative'],
  run(ctx) {
    const statuses: Record<number, { status: string; reason: string }> = {
      1: { status: 'grøn', reason: 'Fællesspisning og lektiecafé er forankret hos frivillige og boligselskabet.' },
      2: { status: 'gul', reason: 'Det er svært at nå de ældste unge; forsøget med åben hal fortsætter.' },
      3: { status: 'grøn', reason: 'Alle dagtilbud og skoler har deltaget i temadagene.' },
    };
    for (const [number, id] of ctx.initiatives) {
      const next = statuses[number];
      if (next) ctx.tx.update('initiative', id, { status: next.status, status_reason: next.reason });
    }
  },
};
