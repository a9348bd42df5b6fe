import { useState } from 'react';
import { formatDateLong, formatDateWithWeekday } from '../../../shared/dates';
import {
  DOCUMENT_DESCRIPTIONS, DOCUMENT_KINDS, DOCUMENT_LABELS, isMeetingDocument, type DocumentKind, type EvaluationStage,
  type MeetingChoice, type ReportOptions,
} from '../../../shared/domain/report';
import type { ChannelInput } from '../../../shared/api/contract';
import { filesAreDownloads } from '../../api/client';
import { useChannel } from '../../api/use-channel';
import { DateField } from '../../components/DateTimeFields';
import type { SheetProps } from '../../app/sheet-props';
import { EvaluationFields } from './EvaluationFields';
import { useGenerateDocument } from './use-generate-document';
import './reports.css';

function meetingLabel(m: MeetingChoice): string {
  return `${formatDateWithWeekday(m.date)} kl. ${m.startTime.replace(':', '.')} – ${m.status}`;
}

/** Choose a document (and meeting or period), press Generér: saved where the user says, then opened. */
export function ReportsSheet(_props: SheetProps) {
  const { data, error } = useChannel('reports.options', {});
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return <p className="loading">Henter rapporterne …</p>;
  // A new form when another workbook is opened, so no choice carries over between workbooks.
  return <ReportsForm key={data.folder} options={data} />;
}

function ReportsForm({ options }: { options: ReportOptions }) {
  const { generate: generateDocument, busy, latest } = useGenerateDocument();
  const [kind, setKind] = useState<DocumentKind>('statusnotat');
  const [meetingId, setMeetingId] = useState<number | null>(options.defaultMeetingId);
  const [from, setFrom] = useState(options.defaultPeriod.from);
  const [to, setTo] = useState(options.defaultPeriod.to);
  // Whether each period field holds a readable date; its own message says what is wrong.
  const [fromReadable, setFromReadable] = useState(true);
  const [toReadable, setToReadable] = useState(true);
  const [summary, setSummary] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [stage, setStage] = useState<EvaluationStage>('midtvejs');

  const needsMeeting = isMeetingDocument(kind);
  const chosenMeeting = options.meetings.some((m) => m.id === meetingId) ? meetingId : options.defaultMeetingId;
  const periodReadable = fromReadable && toReadable;
  const periodProblem = !from || !to ? 'Angiv både start og slutning' : from > to ? 'Perioden kan ikke slutte, før den begynder' : null;
  const needsPeriod = kind === 'statusnotat' || kind === 'evaluering';
  const blocked = needsMeeting ? chosenMeeting === null : needsPeriod ? periodProblem !== null || !periodReadable : false;

  // An evaluation covers far more than a statusnotat: while the period is still the suggested
  // one, it becomes the programme period; a period the user typed is kept.
  const choose = (k: DocumentKind) => {
    const suggested = k === 'evaluering' ? options.defaultPeriod : options.evaluationPeriod;
    const next = k === 'evaluering' ? options.evaluationPeriod : options.defaultPeriod;
    if ((k === 'evaluering') !== (kind === 'evaluering') && from === suggested.from && to === suggested.to) {
      setFrom(next.from);
      setTo(next.to);
    }
    setKind(k);
  };

  const generate = async () => {
    const input: ChannelInput<'reports.generate'> =
      needsMeeting ? { kind, meetingId: chosenMeeting ?? undefined }
      : kind === 'statusnotat' ? { kind, from, to, summary: summary.trim() || undefined, recommendation: recommendation.trim() || undefined }
      : kind === 'evaluering' ? { kind, from, to, stage }
      : { kind };
    await generateDocument(input);
  };

  return (
    <div className="reports-sheet">
      <section className="card">
        <h2>Rapporter</h2>
        <p className="hint">
          {filesAreDownloads()
            ? 'Vælg dokumentet, og tryk Generér. Word-filen hentes i browseren, som andre filer du henter.'
            : `Vælg dokumentet, og tryk Generér. Word-filen gemmes, hvor du vælger – som standard i ${options.folder} – og åbnes bagefter.`}
        </p>
        <div className="report-kinds" role="radiogroup" aria-label="Dokument">
          {DOCUMENT_KINDS.map((k) => (
            <label key={k} className={`report-kind${k === kind ? ' selected' : ''}`}>
              <input type="radio" name="report-kind" value={k} checked={k === kind} onChange={() => choose(k)} />
              <span className="report-kind-name">{DOCUMENT_LABELS[k]}</span>
              <span className="report-kind-description">{DOCUMENT_DESCRIPTIONS[k]}</span>
            </label>
          ))}
        </div>
      </section>

      <section className="card">
        <h2>{DOCUMENT_LABELS[kind]}</h2>
        {needsMeeting && <MeetingPicker options={options} value={chosenMeeting} onChange={setMeetingId} />}
        {kind === 'statusnotat' && (
          <div className="report-period">
            <div className="report-dates">
              <DateField label="Periode fra" value={from} onCommit={setFrom} onValidityChange={setFromReadable} />
              <DateField label="Periode til" value={to} onCommit={setTo} onValidityChange={setToReadable} />
            </div>
            <p className="hint report-period-hint">
              {!periodProblem && periodReadable && <strong className="report-period-text">{formatDateLong(from)} – {formatDateLong(to)}. </strong>}
              {options.lastStatusReportTo
                ? `Forslaget er perioden siden sidste statusnotat (til ${formatDateLong(options.lastStatusReportTo)}).`
                : 'Forslaget er det aktuelle kvartal til i dag.'}
              {periodProblem && <span className="report-problem"> {periodProblem}.</span>}
            </p>
            <label className="field">
              <span className="field-label">Indstilling til direktøren (valgfri, står først i notatet)</span>
              <textarea
                rows={3}
                value={recommendation}
                onChange={(e) => setRecommendation(e.target.value)}
                placeholder="Det indstilles, at direktøren godkender …"
              />
            </label>
            <label className="field">
              <span className="field-label">Sammenfatning (valgfri, står øverst i notatet)</span>
              <textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} placeholder="Fx de vigtigste resultater og opmærksomhedspunkter i perioden" />
            </label>
          </div>
        )}
        {kind === 'evaluering' && (
          <EvaluationFields
            stage={stage} onStage={setStage} from={from} to={to} onFrom={setFrom} onTo={setTo}
            onFromReadable={setFromReadable} onToReadable={setToReadable} problem={periodProblem} readable={periodReadable}
          />
        )}
        {kind === 'programdokument' && <p className="hint">Programdokumentet dannes ud fra Program-, Indsatser-, Plan- og Økonomi-arkene, som de står nu.</p>}
        <div className="report-actions">
          <button type="button" className="primary" disabled={blocked || busy} onClick={() => void generate()}>
            {busy ? 'Genererer …' : 'Generér'}
          </button>
        </div>
        {latest && (
          <p className="report-latest" aria-live="polite">
            {filesAreDownloads() ? 'Senest hentet' : 'Senest gemt'}: <strong>{latest.fileName}</strong>
            {!filesAreDownloads() && <span className="hint"> ({latest.path})</span>}
          </p>
        )}
      </section>
    </div>
  );
}

function MeetingPicker({ options, value, onChange }: { options: ReportOptions; value: number | null; onChange: (id: number) => void }) {
  if (options.meetings.length === 0) {
    return <p className="hint report-problem">Der er ingen møder i arbejdsbogen endnu. Opret mødet på Møder-arket, så kan dagsorden og referat laves herfra.</p>;
  }
  const sorted = [...options.meetings].sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime));
  return (
    <label className="field report-meeting">
      <span className="field-label">Møde</span>
      <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {sorted.map((m) => (
          <option key={m.id} value={m.id}>
            {meetingLabel(m)}
          </option>
        ))}
      </select>
    </label>
  );
}
