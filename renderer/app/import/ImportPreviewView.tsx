import type { ImportPreview } from '../../../shared/import/import-preview';
import { formatQuarter } from '../../../shared/quarters';
import { ImportBudgetTable, ImportPlanTable } from './ImportTables';

/** A text the document gave, or – visibly – that it gave none. */
function Found({ label, text }: { label: string; text: string }) {
  return (
    <div className="import-text">
      <h4>{label}</h4>
      {text ? <p>{text}</p> : <p className="import-missing">Ikke fundet – kan skrives på Program-arket bagefter</p>}
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={value ? undefined : 'import-missing'}>{value || 'ikke fundet'}</dd>
    </>
  );
}

/** What the importer found, sectioned as the workbook's sheets: what is not placed and the warnings first. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { imported } = preview;
  const p = imported.program;
  const period = p.periodStart && p.periodEnd ? `${formatQuarter(p.periodStart)} – ${formatQuarter(p.periodEnd)}` : '';
  return (
    <>
      {imported.warnings.length > 0 && (
        <section className="import-attention" aria-labelledby="import-warnings">
          <h3 id="import-warnings">Advarsler ({imported.warnings.length})</h3>
          <ul>
            {imported.warnings.map((w, i) => <li key={i}>{w}</li>)}
          </ul>
        </section>
      )}
      {imported.unplaced.length > 0 && (
        <section className="import-attention" aria-labelledby="import-unplaced">
          <h3 id="import-unplaced">Ikke placeret – tilføj selv efter oprettelsen ({imported.unplaced.length})</h3>
          <ul>
            {imported.unplaced.map((u, i) => (
              <li key={i}>
                <span className="import-where">{u.where}</span>
                <pre className="import-unplaced-text">{u.text}</pre>
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.clean && <p className="import-clean" role="status">Alt i dokumentet er placeret, og budgettets totaler stemmer.</p>}

      <section aria-labelledby="import-program">
        <h3 id="import-program">Program</h3>
        <dl className="import-facts">
          <Fact label="Titel" value={p.title} />
          <Fact label="Periode" value={period} />
          <Fact label="J. nr." value={p.journalNumber} />
          <Fact label="Sag" value={p.caseNumber} />
          <Fact label="Finansiering" value={p.fundingSource} />
          {p.approvedOn && <Fact label="Godkendt" value={p.approvedOn.split('-').reverse().join('.')} />}
        </dl>
        <Found label="Baggrund" text={p.background} />
        <Found label="Formål" text={p.purpose} />
        <Found label="Målgruppe" text={p.targetGroup} />
        <Found label="Programopfølgning og evaluering" text={p.followUp} />
        <Found label="Programansvar" text={p.responsibility} />
      </section>

      <section aria-labelledby="import-goals">
        <h3 id="import-goals">Mål ({imported.goals.length})</h3>
        {imported.goals.length > 0 ? (
          <ol>{imported.goals.map((g, i) => <li key={i}>{g}</li>)}</ol>
        ) : (
          <p className="import-missing">Ingen mål fundet</p>
        )}
      </section>

      <section aria-labelledby="import-initiatives">
        <h3 id="import-initiatives">Indsatser ({imported.initiatives.length})</h3>
        {imported.initiatives.length === 0 && <p className="import-missing">Ingen indsatser fundet</p>}
        {imported.initiatives.map((initiative) => (
          <article key={initiative.number} className="import-initiative" aria-label={`Indsats ${initiative.number}`}>
            <h4>Indsats {initiative.number}: {initiative.title}</h4>
            <Found label="Beskrivelse" text={initiative.description} />
            <Found label="Målgruppe" text={initiative.targetGroup} />
            <div className="import-text">
              <h4>Effekter</h4>
              {initiative.effects.length > 0 ? <ul>{initiative.effects.map((e, i) => <li key={i}>{e}</li>)}</ul> : <p className="import-missing">Ikke fundet</p>}
            </div>
            <Found label="Opfølgning" text={initiative.effectFollowUp} />
            <div className="import-text">
              <h4>Deltagere</h4>
              {initiative.participants.length > 0 ? (
                <ul>{initiative.participants.map((d, i) => <li key={i}>{d.groupName}{d.count !== null ? `: ${d.count}` : ''}</li>)}</ul>
              ) : (
                <p className="import-missing">Ikke fundet</p>
              )}
            </div>
            <div className="import-text">
              <h4>Faser i planen</h4>
              {initiative.phases.length > 0 ? (
                <ul>
                  {initiative.phases.map((ph, i) => (
                    <li key={i}>{ph.title}: {formatQuarter(ph.start)} – {ph.end ? formatQuarter(ph.end) : 'programperiodens slutning'}</li>
                  ))}
                </ul>
              ) : (
                <p className="import-missing">Ingen faser fundet</p>
              )}
            </div>
          </article>
        ))}
      </section>

      <section aria-labelledby="import-plan">
        <h3 id="import-plan">Programplan</h3>
        {preview.plan ? <ImportPlanTable plan={preview.plan} /> : <p className="import-missing">Ingen plantabel fundet</p>}
        {p.planText && <p className="import-plan-text">{p.planText}</p>}
      </section>

      <section aria-labelledby="import-budget">
        <h3 id="import-budget">Budget</h3>
        {preview.budget ? <ImportBudgetTable budget={preview.budget} /> : <p className="import-missing">Ingen budgettabel fundet</p>}
      </section>
    </>
  );
}
