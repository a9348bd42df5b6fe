import { STATUS_RULE_FIELDS, STATUS_RULE_LABELS, describeStatusRules, type StatusRuleField } from '../../../shared/status/traffic-lights';
import { readWholeNumber } from '../../../shared/whole-number';
import { useChannel } from '../../api/use-channel';
import { useNotifier } from '../../app/notifications';
import { FieldInput, type FieldReading } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';

const LIMITS: Readonly<Record<StatusRuleField, { max: number; example: number }>> = {
  economyRedPercent: { max: 1000, example: 10 },
  economyYellowPercent: { max: 1000, example: 0 },
  timeRedMonths: { max: 120, example: 3 },
  timeYellowMonths: { max: 120, example: 1 },
};

function reader(field: StatusRuleField) {
  return (text: string): FieldReading => {
    const reading = readWholeNumber(text, { label: STATUS_RULE_LABELS[field], ...LIMITS[field], min: 0 });
    return reading.ok ? { ok: true, value: String(reading.value) } : { ok: false, message: reading.message };
  };
}

/**
 * The traffic lights' thresholds (status_rules): the chair changes them here, everyone else sees
 * them. The lights on Indsatser and in the statusnotat are judged by exactly these.
 */
export function StatusRulesCard({ readOnly }: { readOnly: boolean }) {
  const { data, error, reload } = useChannel('status.rules.get', {});
  const { attempt } = useNotifier();
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return <p className="loading">Henter reglerne for trafiklys …</p>;

  const save = async (field: StatusRuleField, value: string, seen: string) => {
    const result = await attempt('status.rules.update', { patch: { [field]: Number(value) }, seen: { [field]: Number(seen) } });
    if (!result.ok) reload();
    return fieldOutcome(result);
  };

  return (
    <section className="card status-rules" aria-labelledby="status-rules-heading">
      <h2 id="status-rules-heading">Regler for trafiklys</h2>
      <p className="hint">
        Indsatsernes og programmets lys for tid, økonomi og indhold på Indsatser-arket og i statusnotatet følger disse regler.
        {readOnly && ' Kun formanden kan ændre dem.'}
      </p>
      <div className="field-grid">
        {STATUS_RULE_FIELDS.map((field) => (
          <FieldInput
            key={field}
            label={STATUS_RULE_LABELS[field]}
            value={String(data[field])}
            readOnly={readOnly}
            inputMode="numeric"
            parse={reader(field)}
            onCommit={(v, seen) => save(field, v, seen)}
          />
        ))}
      </div>
      <p className="hint">{describeStatusRules(data)}</p>
    </section>
  );
}
