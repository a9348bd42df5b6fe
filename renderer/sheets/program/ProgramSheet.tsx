import { PROGRAM_FIELDS, PROGRAM_LONG_TEXT_FIELDS, type ProgramField, type ProgramSheet as ProgramData } from '../../../shared/domain/program';
import { mayCall } from '../../../shared/api/permissions';
import { formatQuarter, isQuarterKey } from '../../../shared/quarters';
import { useChannel } from '../../api/use-channel';
import { useNotifier } from '../../app/notifications';
import type { SheetProps } from '../../app/sheet-props';
import { DateField } from '../../components/DateTimeFields';
import { EditableText } from '../../components/EditableText';
import { fieldOutcome } from '../../components/use-field-draft';
import { MembersGrid } from './MembersGrid';
import { ProgramListGrid } from './ProgramListGrid';
import { PeriodOutsideNotice } from '../plan/PeriodOutsideNotice';
import { StatusRulesCard } from './StatusRulesCard';

const FACT_FIELDS: ProgramField[] = ['title', 'organisation', 'department', 'steeringGroup', 'journalNumber', 'caseNumber', 'periodStart', 'periodEnd', 'fundingSource'];
const ROLE_FIELDS: ProgramField[] = ['owner', 'leader', 'supportUnit', 'followedWith', 'evaluationRecipient', 'innovatorPlacement', 'dailyManager'];

export function ProgramSheet({ user, readOnly: fileReadOnly }: SheetProps) {
  // The programme and its members are the chair's.
  const readOnly = fileReadOnly || !mayCall(user.role, 'program.update');
  const { data, error, reload } = useChannel('program.get', {});
  const { attempt } = useNotifier();
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return <p className="loading">Henter programmet …</p>;

  /** `seen`: the field as the person saw it when they began typing. */
  const save = async (field: ProgramField, value: string, seen: string) => {
    const result = await attempt('program.update', { patch: { [field]: value }, seen: { [field]: seen } });
    if (!result.ok) reload();
    return fieldOutcome(result);
  };

  const field = (name: ProgramField, extra: { placeholder?: string } = {}) => (
    <EditableText
      key={name}
      name={name}
      label={PROGRAM_FIELDS[name]}
      value={data.program[name]}
      multiline={PROGRAM_LONG_TEXT_FIELDS.includes(name)}
      readOnly={readOnly}
      onCommit={(v, seen) => save(name, v, seen)}
      {...extra}
    />
  );

  return (
    <div className="program-sheet">
      <section className="card">
        <h2>Stamdata</h2>
        <div className="field-grid">
          {FACT_FIELDS.map((f) => field(f, f === 'periodStart' || f === 'periodEnd' ? { placeholder: '2019-K2' } : {}))}
          {/* The programdokument counts its version from this day (Ændringer siden den godkendte udgave). */}
          <DateField label={PROGRAM_FIELDS.approvedOn} value={data.program.approvedOn} optional readOnly={readOnly} onCommit={(v, seen) => save('approvedOn', v, seen)} />
        </div>
        <PeriodSummary data={data} />
        <PeriodOutsideNotice />
      </section>

      <section className="card">
        <h2>Roller og ansvar</h2>
        <div className="field-grid">{ROLE_FIELDS.map((f) => field(f))}</div>
      </section>

      <section className="card">
        <h2>Styregruppens medlemmer</h2>
        <MembersGrid members={data.members} readOnly={readOnly} />
      </section>

      <section className="card two-columns">
        <div>
          <h2>Styregruppens indsatsområder</h2>
          <ProgramListGrid list="focusArea" items={data.lists.focusArea} readOnly={readOnly} />
        </div>
        <div>
          <h2>Politikker og strategier</h2>
          <ProgramListGrid list="policy" items={data.lists.policy} readOnly={readOnly} />
        </div>
      </section>

      <section className="card">
        <h2>Baggrund</h2>
        {field('background')}
      </section>

      <section className="card">
        <h2>Formål og mål</h2>
        {field('purpose')}
        {field('goalsIntro')}
        <GoalListGrid items={data.lists.goal} readOnly={readOnly} linksReadOnly={fileReadOnly || !mayCall(user.role, 'goals.setLinks')} />
      </section>

      <section className="card">
        <h2>Målgruppe</h2>
        {field('targetGroup')}
      </section>

      <section className="card">
        <h2>Programmets elementer og programplan</h2>
        {field('elementsIntro')}
        {field('planText')}
      </section>

      <section className="card">
        <h2>Programopfølgning, evaluering og ansvar</h2>
        {field('followUp')}
        {field('responsibility')}
      </section>

      <StatusRulesCard readOnly={fileReadOnly || !mayCall(user.role, 'status.rules.update')} />
    </div>
  );
}

/** The goals, with the initiatives and activities linked to each (the statusnotat's section 8). */
function GoalListGrid({ items, readOnly, linksReadOnly }: { items: ProgramData['lists']['goal']; readOnly: boolean; linksReadOnly: boolean }) {
  const { data } = useChannel('goals.links', {});
  // The grid is made once with its columns: wait for the links rather than add a column later.
  if (!data) return <p className="loading">Henter målene …</p>;
  return <ProgramListGrid list="goal" items={items} readOnly={readOnly} links={{ view: data, readOnly: linksReadOnly }} />;
}

function PeriodSummary({ data }: { data: ProgramData }) {
  const { periodStart, periodEnd, journalNumber, caseNumber } = data.program;
  if (!isQuarterKey(periodStart) || !isQuarterKey(periodEnd)) return null;
  return (
    <p className="hint">
      Programperiode {formatQuarter(periodStart)} – {formatQuarter(periodEnd)}
      {journalNumber && ` · J. nr. ${journalNumber}`}
      {caseNumber && ` · Sag: ${caseNumber}`}
    </p>
  );
}
