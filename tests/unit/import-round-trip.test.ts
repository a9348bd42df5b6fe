// The round trip: the default workbook's programdokument, exported as Word, imports back to the
// same workbook – texts, goals, initiatives, plan phases, every budget amount.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEnd } from '../../shared/quarters';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp-dirs';

type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

async function tablesOf(file: string): Promise<Tables> {
  const dump = await cli('dump', file);
  expect(dump.code).toBe(0);
  return (JSON.parse(dump.stdout) as { tables: Tables }).tables;
}

/** The parts of a workbook a programme document carries, keyed so two workbooks compare. */
function programmeContent(t: Tables) {
  const program = t.program?.[0] ?? {};
  const periodEnd = String(program.periodEnd);
  const initiativeNumber = new Map((t.initiative ?? []).map((i) => [i.id, i.number]));
  const groupTitle = new Map((t.budget_group ?? []).map((g) => [g.id, g.title]));
  const lineName = new Map((t.budget_line ?? []).map((l) => [l.id, `${String(groupTitle.get(l.groupId))} / ${String(l.costType)}`]));
  const { id: _id, ...programFields } = program;
  return {
    program: programFields,
    goals: (t.program_list_item ?? []).filter((i) => i.list === 'goal').map((i) => i.text),
    initiatives: (t.initiative ?? []).map((i) => [i.number, i.title, i.targetGroup, String(i.description).replace(/\s+/g, ' '), i.effects, i.effectFollowUp]),
    // A phase without an end runs to the period's end: the same plan as one that names that end.
    phases: (t.plan_phase ?? []).map((p) => [initiativeNumber.get(p.initiativeId), p.title, p.startQuarter, openEnd(String(p.startQuarter), (p.endQuarter as string | null) ?? null, periodEnd)]),
    amounts: (t.budget_amount ?? []).filter((a) => a.budget !== null).map((a) => [lineName.get(a.lineId), a.year, a.budget]).sort(),
    groupsOfInitiatives: (t.budget_group_initiative ?? []).map((g) => [groupTitle.get(g.groupId), initiativeNumber.get(g.initiativeId)]).sort(),
  };
}

describe('export programdokument → import', () => {
  it('gives back the same programme: texts, goals, initiatives, plan phases, every amount; exit 0', async () => {
    const dir = tempDir();
    const original = path.join(dir, 'original.arbejdsbog');
    const docx = path.join(dir, 'programdokument.docx');
    const copy = path.join(dir, 'kopi.arbejdsbog');
    expect((await cli('new', original)).code).toBe(0);
    expect((await cli('export', 'programdokument', original, '--out', docx)).code).toBe(0);
    const imported = await cli('import', docx, copy);
    expect(imported.stdout).not.toContain('Ikke placeret');
    expect(imported.stdout).not.toContain('Advarsler');
    expect(imported.code).toBe(0);
    expect(fs.existsSync(copy)).toBe(true);
    const before = programmeContent(await tablesOf(original));
    const after = programmeContent(await tablesOf(copy));
    expect(after).toEqual(before);
  }, 120_000);
});
