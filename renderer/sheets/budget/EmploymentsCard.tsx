import { describeDuration, expectedSalaryByYear } from '../../../shared/budget-checks';
import type { BudgetData, BudgetLine, BudgetProblem, Employment } from '../../../shared/domain/budget';
import { formatKroner, parseKroner } from '../../../shared/money';
import { formatQuarter, parseQuarter, quarterKey } from '../../../shared/quarters';
import { useNotifier } from '../../app/notifications';
import { FieldInput, type FieldReading } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';

interface Props {
  data: BudgetData;
  problems: BudgetProblem[];
  /** The line selected in the grid: where a new employment goes. */
  currentLine: BudgetLine | null;
  readOnly: boolean;
  onRefused: () => void;
}

type EmploymentPatch = Partial<Pick<Employment, 'title' | 'annualSalary' | 'startQuarter' | 'endQuarter'>>;

/** A salary typed as 575.000 or 575000, stored in whole kroner; empty or not an amount is refused in the field. */
function readSalary(text: string): FieldReading {
  const parsed = parseKroner(text);
  if (!parsed.ok) return parsed;
  return parsed.value === null ? { ok: false, message: 'Skriv et beløb, fx 575.000' } : { ok: true, value: String(parsed.value) };
}

function QuarterSelect({ label, value, years, disabled, onChange }: { label: string; value: string; years: number[]; disabled: boolean; onChange: (key: string) => void }) {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {years.flatMap((y) => [1, 2, 3, 4].map((q) => <option key={`${y}-${q}`} value={quarterKey(y, q)}>{formatQuarter(quarterKey(y, q))}</option>))}
    </select>
  );
}

/** Salary lines and the employments they pay for: what the salary check compares against. */
export function EmploymentsCard({ data, problems, currentLine, readOnly, onRefused }: Props) {
  const { run, attempt } = useNotifier();
  const lines = data.groups.flatMap((g) => g.lines.map((line) => ({ line, group: g })));
  const withEmployments = lines.filter(({ line }) => line.employments.length > 0);
  const startYear = parseQuarter(data.period.start).year;
  const endYear = parseQuarter(data.period.end).year;
  const all = withEmployments.flatMap(({ line }) => line.employments);
  const years: number[] = [];
  const first = Math.min(startYear, ...all.map((e) => parseQuarter(e.startQuarter).year)) - 1;
  const last = Math.max(endYear, ...all.map((e) => parseQuarter(e.endQuarter).year)) + 2;
  for (let y = first; y <= last; y++) years.push(y);

  /** `seen`: the field as the person saw it, so someone else's change meanwhile is not overwritten. */
  const update = async (e: Employment, patch: EmploymentPatch, seen: EmploymentPatch) => {
    const result = await attempt('budget.employments.update', { id: e.id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };

  const salaryProblemsOf = (lineId: number) => problems.filter((p) => p.lineId === lineId && p.kind === 'salary');

  return (
    <section className="card employments-card">
      <div className="card-header">
        <h2>Løn og ansættelser</h2>
        {!readOnly && (
          <button
            type="button"
            disabled={!currentLine}
            title={currentLine ? `Tilføj en ansættelse, der lønnes fra "${currentLine.costType}"` : 'Vælg først en linje i arket, fx Løn'}
            onClick={() => currentLine && void run('budget.employments.add', { lineId: currentLine.id, title: 'Ny ansættelse' })}
          >
            + Ansættelse på {currentLine ? `"${currentLine.costType}"` : 'valgt linje'}
          </button>
        )}
      </div>
      <p className="hint">
        Lønkontrollen regner en ansættelse om til beløb pr. år (et kvartal = en fjerdedel af årslønnen) og sammenligner med budgettet på lønlinjen.
      </p>
      {withEmployments.length === 0 ? (
        <p className="placeholder">Ingen ansættelser registreret – vælg lønlinjen i arket og tilføj ansættelsen for at få lønnen kontrolleret.</p>
      ) : (
        <table className="employments">
          <thead>
            <tr>
              <th>Linje</th>
              <th>Stilling</th>
              <th className="align-right">Årsløn, kr.</th>
              <th>Ansat fra</th>
              <th>Ansat til</th>
              <th>Varighed</th>
              <th>Koster pr. år, kr.</th>
              <th>Kontrol</th>
              {!readOnly && <th aria-label="Handlinger" />}
            </tr>
          </thead>
          <tbody>
            {withEmployments.flatMap(({ line, group }) =>
              line.employments.map((e, index) => {
                const expected = expectedSalaryByYear([e]);
                const mismatches = salaryProblemsOf(line.id);
                return (
                  <tr key={e.id}>
                    <td>{index === 0 ? <><strong>{line.costType}</strong><div className="hint">{group.title}</div></> : null}</td>
                    <td><FieldInput label="Stilling" hideLabel value={e.title} readOnly={readOnly} onCommit={(title, seen) => update(e, { title }, { title: seen })} /></td>
                    <td className="salary-cell">
                      <FieldInput
                        label="Årsløn"
                        hideLabel
                        className="align-right"
                        value={String(e.annualSalary)}
                        format={(v) => formatKroner(Number(v))}
                        parse={readSalary}
                        readOnly={readOnly}
                        onCommit={(v, seen) => update(e, { annualSalary: Number(v) }, { annualSalary: Number(seen) })}
                      />
                    </td>
                    <td><QuarterSelect label="Ansat fra" value={e.startQuarter} years={years} disabled={readOnly} onChange={(q) => void update(e, { startQuarter: q }, { startQuarter: e.startQuarter })} /></td>
                    <td><QuarterSelect label="Ansat til" value={e.endQuarter} years={years} disabled={readOnly} onChange={(q) => void update(e, { endQuarter: q }, { endQuarter: e.endQuarter })} /></td>
                    <td>{describeDuration(e)}</td>
                    <td className="expected-by-year">
                      {Object.entries(expected).map(([y, v]) => <span key={y}>{y}: {formatKroner(v)}</span>)}
                    </td>
                    <td>
                      {index === 0 && (mismatches.length === 0
                        ? <span className="check-ok">✓ Budgettet passer</span>
                        : <span className="check-warning">⚠ {mismatches.map((p) => p.year).join(', ')} afviger</span>)}
                    </td>
                    {!readOnly && (
                      <td>
                        <button type="button" className="link-button" onClick={() => void run('budget.employments.remove', { id: e.id })}>
                          Fjern
                        </button>
                      </td>
                    )}
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
