import type { DemoModule } from './demo-context';
import type { DemoRole } from './demo-topics';

/** Invented people for the demonstration workbook only; the real workbook leaves names empty. */
const DEMO_PEOPLE: ReadonlyArray<{ rolePattern: RegExp; role: DemoRole; name: string; email: string }> = [
  { rolePattern: /formand/i, role: 'chair', name: 'Lene Bach Andersen', email: 'lene.bach.andersen@demo.gladsaxe.dk' },
  { rolePattern: /innovator/i, role: 'innovator', name: 'Sara Khalil', email: 'sara.khalil@demo.gladsaxe.dk' },
  { rolePattern: /filialleder/i, role: 'branch', name: 'Jens Mikkelsen', email: 'jens.mikkelsen@demo.gladsaxe.dk' },
  { rolePattern: /SOB/i, role: 'sob', name: 'Mette Vestergaard', email: 'mette.vestergaard@demo.gladsaxe.dk' },
];

/** Names the steering group's members, matched by their role in the programme document. */
export const demoMembers: DemoModule = {
  name: 'members',
  requiresTables: ['member'],
  run(ctx) {
    const rows = ctx.tx.db.prepare('SELECT id, role, organisation FROM member ORDER BY position, id').all() as Array<{ id: number; role: string; organisation: string }>;
    for (const person of DEMO_PEOPLE) {
      const row = rows.find((r) => person.rolePattern.test(`${r.role} ${r.organisation}`) && !ctx.members.some((m) => m.id === r.id));
      if (!row) continue;
      ctx.tx.update('member', row.id, { name: person.name, email: person.email });
      ctx.members.push({ id: row.id, name: person.name, role: person.role });
    }
  },
};
