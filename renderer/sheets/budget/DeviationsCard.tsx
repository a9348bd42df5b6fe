import type { Deviation } from '../../../shared/budget-forecast';
import { formatKroner, formatKronerExact } from '../../../shared/money';
import { useNotifier } from '../../app/notifications';
import { FieldInput } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';
import { overrunShare } from './deviation-text';

interface Props {
  deviations: readonly Deviation[];
  /** The økonomi yellow threshold the deviations are judged by (Regler for trafiklys). */
  yellowPercent: number;
  readOnly: boolean;
  onRefused: () => void;
}

/**
 * The lines' years whose prognose exceeds the budget by more than the økonomi yellow threshold,
 * each with its afvigelsesforklaring – what the statusnotat reports to the director. A missing
 * explanation is marked here and on the prognose cell in the grid.
 */
export function DeviationsCard({ deviations, yellowPercent, readOnly, onRefused }: Props) {
  const { attempt } = useNotifier();
  const missing = deviations.filter((d) => d.note === '').length;

  const save = async (d: Deviation, note: string, seen: string) => {
    const result = await attempt('budget.notes.set', { lineId: d.lineId, year: d.year, note, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };

  return (
    <section className={missing ? 'card deviations-card has-problems' : 'card deviations-card'} aria-label="Afvigelsesforklaringer">
      <h2>Afvigelsesforklaringer</h2>
      <p className="hint">
        En linje, hvor prognosen overstiger budgettet med mere end {yellowPercent} % (grænsen for gul økonomi under Regler for trafiklys), skal have en kort
        forklaring. Den kommer med i statusnotatet.
      </p>
      {deviations.length === 0 ? (
        <p className="check-ok">✓ Ingen prognose overstiger budgettet ud over grænsen.</p>
      ) : (
        <table className="employments deviations">
          <thead>
            <tr>
              <th>Linje</th>
              <th>År</th>
              <th className="align-right">Budget, kr.</th>
              <th className="align-right">Prognose, kr.</th>
              <th className="align-right">Overskridelse</th>
              <th>Afvigelsesforklaring</th>
            </tr>
          </thead>
          <tbody>
            {deviations.map((d) => (
              <tr key={`${d.lineId}:${d.year}`} className={d.note ? undefined : 'deviation-row-missing'}>
                <td><strong>{d.costType}</strong><div className="hint">{d.groupTitle}</div></td>
                <td>{d.year}</td>
                <td className="align-right">{formatKroner(d.budget)}</td>
                <td className="align-right">{formatKronerExact(d.forecast)}</td>
                <td className="align-right">{formatKronerExact(d.overrun)} ({overrunShare(d)})</td>
                <td className="deviation-note">
                  <FieldInput
                    label={`Afvigelsesforklaring ${d.year} for ${d.costType}`}
                    hideLabel
                    value={d.note}
                    placeholder="Mangler – skriv hvorfor"
                    readOnly={readOnly}
                    onCommit={(note, seen) => save(d, note, seen)}
                  />
                  {!d.note && <span className="check-warning"> ⚠ Mangler</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
