import { z } from 'zod';
import { MILESTONE_KINDS, MILESTONE_STATUSES, PHASE_STATUSES, type Milestone, type PlanPhase, type PlanSheetData } from '../domain/plan';
import { mutation, query } from './channel';
import { longText, noInput, nonEmptyPatch, quarter, requiredText, rowId, strictInput, neuter, seenValues } from './validation';

const phaseStatus = z.enum(PHASE_STATUSES, { error: `Fasens status skal være en af: ${PHASE_STATUSES.join(', ')}` });
const milestoneKind = z.enum(MILESTONE_KINDS, { error: `Milepælens type skal være en af: ${MILESTONE_KINDS.join(', ')}` });
const milestoneStatus = z.enum(MILESTONE_STATUSES, { error: `Milepælens status skal være en af: ${MILESTONE_STATUSES.join(', ')}` });

const quarterSteps = z
  .number({ error: 'Antal kvartaler skal være et tal' })
  .int({ error: 'Antal kvartaler skal være et helt tal' })
  .min(-400, { error: 'En fase kan højst flyttes 400 kvartaler' })
  .max(400, { error: 'En fase kan højst flyttes 400 kvartaler' })
  .refine((n) => n !== 0, { error: 'Fasen skal flyttes mindst ét kvartal' });

const phaseShape = {
  initiativeId: rowId('Indsats'),
  title: requiredText('Fasens tekst', 1000),
  startQuarter: quarter('Startkvartal'),
  /** null: runs to the end of the programme period. */
  endQuarter: quarter('Slutkvartal').nullable(),
  status: phaseStatus,
};

const milestoneShape = {
  initiativeId: rowId('Indsats').nullable(),
  kind: milestoneKind,
  title: requiredText(neuter('Milepælens navn'), 300),
  quarter: quarter('Milepælens kvartal'),
  status: milestoneStatus,
  note: longText('Note'),
};

/** The Plan sheet: phases by quarter and milestones. Start ≤ end is checked by the handler, after merging a patch. */
export const planChannels = {
  'plan.get': query<PlanSheetData>()(noInput),
  'plan.phases.add': mutation<PlanPhase>()(
    strictInput({
      initiativeId: phaseShape.initiativeId,
      title: phaseShape.title.optional(),
      startQuarter: phaseShape.startQuarter,
      endQuarter: phaseShape.endQuarter.optional(),
      status: phaseStatus.optional(),
    }, 'fasen'),
  ),
  'plan.phases.update': mutation<PlanPhase>()(
    strictInput({ id: rowId('Fase'), patch: nonEmptyPatch(phaseShape, 'fasen'), seen: seenValues(phaseShape) }),
  ),
  /** Moves a phase by whole quarters (negative: earlier), keeping its length. */
  'plan.phases.move': mutation<PlanPhase>()(
    strictInput({
      id: rowId('Fase'),
      by: quarterSteps,
    }),
  ),
  /**
   * Moves one edge of a phase by whole quarters, counted from what is stored (not from what a
   * window last showed). Stretching the end of an open phase gives it a fixed end.
   */
  'plan.phases.stretch': mutation<PlanPhase>()(
    strictInput({
      id: rowId('Fase'),
      edge: z.enum(['start', 'end'], { error: 'Kanten skal være start eller end' }),
      by: quarterSteps,
    }),
  ),
  'plan.phases.remove': mutation<null>()(strictInput({ id: rowId('Fase') })),
  'plan.milestones.add': mutation<Milestone>()(
    strictInput({
      kind: milestoneKind,
      quarter: milestoneShape.quarter,
      title: milestoneShape.title.optional(),
      initiativeId: milestoneShape.initiativeId.optional(),
      status: milestoneStatus.optional(),
      note: milestoneShape.note.optional(),
    }, 'milepælen'),
  ),
  'plan.milestones.update': mutation<Milestone>()(
    strictInput({ id: rowId('Milepæl'), patch: nonEmptyPatch(milestoneShape, 'milepælen'), seen: seenValues(milestoneShape) }),
  ),
  /** Moves a milestone by whole quarters from its stored quarter. */
  'plan.milestones.move': mutation<Milestone>()(strictInput({ id: rowId('Milepæl'), by: quarterSteps })),
  'plan.milestones.remove': mutation<null>()(strictInput({ id: rowId('Milepæl') })),
};
