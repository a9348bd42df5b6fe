import { buildPlanLayout } from '../../../shared/plan-layout';
import { useChannel } from '../../api/use-channel';

/**
 * Shown beside the programme period: when a shorter (or moved) period leaves phases or
 * milestones outside it, say so – they are kept and shown on the Plan sheet, never dropped.
 */
export function PeriodOutsideNotice() {
  const { data } = useChannel('plan.get', {});
  if (!data) return null;
  const layout = buildPlanLayout(data);
  const phases = layout.phasesOutsidePeriod.length;
  const milestones = layout.milestonesOutsidePeriod.length;
  if (phases === 0 && milestones === 0) return null;
  const parts = [
    phases > 0 && `${phases} ${phases === 1 ? 'fase' : 'faser'}`,
    milestones > 0 && `${milestones} ${milestones === 1 ? 'milepæl' : 'milepæle'}`,
  ].filter(Boolean);
  return (
    <p className="period-notice" role="status">
      ⚠ {parts.join(' og ')} i planen ligger helt eller delvist uden for programperioden. De er bevaret og vises skraveret på arket Plan.
    </p>
  );
}
