import { useMemo, useState } from 'react';
import type { BudgetGroup, BudgetLine, BudgetSheet as BudgetSheetData } from '../../../shared/domain/budget';
import { mayCall } from '../../../shared/api/permissions';
import { findDeviations } from '../../../shared/budget-forecast';
import { DEFAULT_STATUS_RULES } from '../../../shared/status/traffic-lights';
import { useChannel } from '../../api/use-channel';
import { formatKroner, formatKronerExact } from '../../../shared/money';
import { formatQuarter, positionInPeriod, quarterOfDate, yearsBetween } from '../../../shared/quarters';
import { filesAreDownloads } from '../../api/client';
import { useLiveChannel } from '../../api/use-live-channel';
import { useNotifier } from '../../app/notifications';
import type { SheetProps } from '../../app/sheet-props';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { moveFocusInGroup, rovingTabIndex } from '../../components/roving-focus';
import { BudgetGrid } from './BudgetGrid';
import { applyBudgetChange, BUDGET_VIEWS, loadBudgetModel, type BudgetRow, type BudgetView } from './budget-rows';
import { DeviationsCard } from './DeviationsCard';
import { EmploymentsCard } from './EmploymentsCard';
import { GroupDialog } from './GroupDialog';
import './budget.css';

type Current = { kind: BudgetRow['kind']; groupId: number | null; lineId: number | null } | null;
type Dialog =
  | { kind: 'newGroup'; initiativeIds: number[] }
  | { kind: 'editGroup'; group: BudgetGroup }
  | { kind: 'removeLine'; line: BudgetLine }
  | { kind: 'removeGroup'; group: BudgetGroup }
  | null;

function hasAmounts(line: BudgetLine): boolean {
  return Object.values(line.amounts).some((a) => a.budget !== null || a.actual !== null || (a.committed ?? null) !== null || (a.forecast ?? null) !== null);
}

/** Where today lies relative to the programme period, said the way the sheet's reader needs it. */
function periodText(start: string, end: string): string {
  const period = `${formatQuarter(start)} – ${formatQuarter(end)}`;
  const today = quarterOfDate(new Date());
  const where = positionInPeriod(today, start, end);
  if (where === 'før') return `Programperiode ${period} (begynder ${formatQuarter(start)})`;
  if (where === 'efter') return `Programperiode ${period} – vi er efter programperioden`;
  return `Programperiode ${period} – vi er i ${formatQuarter(today)}`;
}

function actualText(sheet: BudgetSheetData): string {
  const years = sheet.data.years.filter((y) => sheet.data.groups.some((g) => g.lines.some((l) => l.amounts[y]?.actual !== null && l.amounts[y]?.actual !== undefined)));
  if (years.length === 0) return 'Der er endnu ikke registreret forbrug';
  return `Forbrug registreret for ${years.length === 1 ? years[0] : `${years.slice(0, -1).join(', ')} og ${years.at(-1)}`}`;
}

export function BudgetSheet({ user, readOnly: fileReadOnly }: SheetProps) {
  // Lines, groups and employments are the chair's; the social innovator types spending only.
  const readOnly = fileReadOnly || !mayCall(user.role, 'budget.lines.add');
  const amountsReadOnly = fileReadOnly || !mayCall(user.role, 'budget.amounts.set');
  // An amount typed here or elsewhere updates its line, subtotals and totals in place; the rest reloads.
  const { data: live, error, reload } = useLiveChannel('budget.get', {}, loadBudgetModel, applyBudgetChange);
  const sheet = live?.sheet;
  const model = live?.model;
  const { run, notify } = useNotifier();
  const [view, setView] = useState<BudgetView>('all');
  const [current, setCurrent] = useState<Current>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  // Keyed by the period itself: a new set on every edit would rebuild the grid's columns.
  const periodStart = sheet?.data.period.start;
  const periodEnd = sheet?.data.period.end;
  const periodYears = useMemo(() => new Set(periodStart && periodEnd ? yearsBetween(periodStart, periodEnd) : []), [periodStart, periodEnd]);
  // The økonomi yellow threshold decides which prognoses ask for an afvigelsesforklaring.
  const { data: rules } = useChannel('status.rules.get', {});
  const yellowPercent = (rules ?? DEFAULT_STATUS_RULES).economyYellowPercent;
  const budgetData = sheet?.data;
  const deviations = useMemo(() => (budgetData ? findDeviations(budgetData, yellowPercent) : []), [budgetData, yellowPercent]);

  if (error) return <p className="sheet-error">{error}</p>;
  if (!sheet || !model) return <p className="loading">Henter økonomien …</p>;

  const { data, problems, initiatives } = sheet;
  const groups = data.groups;
  const currentGroup = groups.find((g) => g.id === current?.groupId) ?? null;
  const currentLine = current?.kind === 'line' ? (currentGroup?.lines.find((l) => l.id === current.lineId) ?? null) : null;
  const grand = model.totals.grand.total;
  const linked = new Set(groups.flatMap((g) => g.initiativeIds));
  const unbudgeted = initiatives.filter((i) => !linked.has(i.id));

  const addLine = async () => {
    const group = currentGroup ?? groups.at(-1);
    if (!group) return;
    await run('budget.lines.add', { groupId: group.id, ...(currentLine ? { afterLineId: currentLine.id } : {}) });
  };

  const move = async (delta: -1 | 1) => {
    if (currentLine && currentGroup) {
      const index = currentGroup.lines.findIndex((l) => l.id === currentLine.id);
      const to = index + 1 + delta;
      if (to >= 1 && to <= currentGroup.lines.length) await run('budget.lines.move', { id: currentLine.id, toPosition: to });
    } else if (currentGroup) {
      const index = groups.findIndex((g) => g.id === currentGroup.id);
      const to = index + 1 + delta;
      if (to >= 1 && to <= groups.length) await run('budget.groups.move', { id: currentGroup.id, toPosition: to });
    }
  };

  const remove = async () => {
    if (currentLine) {
      // A line with amounts is money someone typed in: ask first. An empty line just goes (undo brings it back).
      if (hasAmounts(currentLine) || currentLine.employments.length > 0) setDialog({ kind: 'removeLine', line: currentLine });
      else if (await run('budget.lines.remove', { id: currentLine.id })) setCurrent(null);
    } else if (currentGroup) {
      setDialog({ kind: 'removeGroup', group: currentGroup });
    }
  };

  const exportXlsx = async () => {
    const written = await run('budget.exportXlsxDialog', {});
    if (written) notify('info', `Økonomien er ${filesAreDownloads() ? 'hentet' : 'gemt'} som Excel-fil: ${written}`);
  };

  const canMove = !!(currentLine || currentGroup);
  const selectionName = currentLine ? 'linje' : currentGroup ? 'gruppe' : null;

  return (
    <div className="budget-sheet">
      <section className="card budget-card">
        <div className="card-header budget-header">
          <div>
            <h2>Økonomi – budget, forbrug og prognose</h2>
            <p className="hint">
              Budget i hele kroner, forbrug, disponeret og prognose i kroner og øre. {periodText(data.period.start, data.period.end)}. {actualText(sheet)}.
            </p>
          </div>
          <div className="budget-summary" aria-label="Hovedtal">
            <div><span>Budget i alt</span><strong data-testid="grand-budget">{formatKroner(grand.budget)} kr.</strong></div>
            <div><span>Forbrug i alt</span><strong data-testid="grand-actual">{formatKronerExact(grand.actual)} kr.</strong></div>
            <div><span>Prognose i alt</span><strong data-testid="grand-forecast">{formatKronerExact(grand.forecast)} kr.</strong></div>
            <div className={grand.difference < 0 ? 'amount-negative' : undefined}><span>Difference</span><strong>{formatKronerExact(grand.difference)} kr.</strong></div>
          </div>
        </div>

        <div className="grid-toolbar budget-toolbar">
          <div className="segmented" role="radiogroup" aria-label="Vis kolonner" onKeyDown={(e) => moveFocusInGroup(e, { select: true })}>
            {BUDGET_VIEWS.map((v) => (
              <button key={v.id} type="button" role="radio" aria-checked={view === v.id} tabIndex={rovingTabIndex(view === v.id)} className={view === v.id ? 'active' : undefined} onClick={() => setView(v.id)}>
                {v.label}
              </button>
            ))}
          </div>
          {!readOnly && (
            <>
              <span className="toolbar-separator" />
              <button type="button" onClick={() => void addLine()} disabled={groups.length === 0} title="Ny linje under den valgte linje (eller sidst i gruppen)">
                + Ny linje
              </button>
              <button type="button" onClick={() => setDialog({ kind: 'newGroup', initiativeIds: [] })}>+ Ny gruppe …</button>
              <button type="button" disabled={!canMove} onClick={() => void move(-1)} aria-label={`Flyt ${selectionName ?? 'valgte'} op`} title="Flyt op">↑</button>
              <button type="button" disabled={!canMove} onClick={() => void move(1)} aria-label={`Flyt ${selectionName ?? 'valgte'} ned`} title="Flyt ned">↓</button>
              <button type="button" disabled={!currentGroup || !!currentLine} onClick={() => currentGroup && setDialog({ kind: 'editGroup', group: currentGroup })}>
                Gruppens indsatser …
              </button>
              <button type="button" disabled={!selectionName} onClick={() => void remove()}>
                {selectionName === 'gruppe' ? 'Slet gruppe' : 'Slet linje'}
              </button>
            </>
          )}
          <span className="toolbar-spacer" />
          <button type="button" className="primary" onClick={() => void exportXlsx()}>
            Eksportér til Excel
          </button>
        </div>

        <BudgetGrid
          model={model}
          years={data.years}
          periodYears={periodYears}
          problems={problems}
          deviations={deviations}
          view={view}
          readOnly={amountsReadOnly}
          budgetReadOnly={readOnly}
          onCurrentRow={(row) => setCurrent(row && row.kind !== 'grand' ? { kind: row.kind, groupId: row.groupId, lineId: row.lineId } : null)}
        />
        <p className="hint budget-legend">
          Skriv beløb som 1725000, 1.725.000 eller 1 725 000; forbrug kan have øre og være negativt (fx 12.345,67 eller -1.250 for en kreditnota).
          Sæt en blok ind fra Excel med Ctrl+V i den valgte celle – den fylder de celler, du ser til højre og nedad. En tom prognose er forbrug +
          disponeret (<em>kursiv</em>); skriv et beløb for at sætte den selv, slet det for at vende tilbage. Difference = budget − prognose;
          <span className="amount-negative"> rød</span> betyder, at prognosen overstiger budgettet. Totaler regnes altid ud og kan ikke skrives.
        </p>
      </section>

      <section className={problems.length ? 'card budget-checks has-problems' : 'card budget-checks'} aria-label="Kontrol af budgettet">
        <h2>Kontrol</h2>
        {problems.length === 0 ? (
          <p className="check-ok">✓ Lønbudgettet passer med ansættelserne, og alle beløb ligger i programperioden.</p>
        ) : (
          <ul>
            {problems.map((p, i) => (
              <li key={i} className="check-warning">⚠ {p.message}</li>
            ))}
          </ul>
        )}
        {unbudgeted.map((i) => (
          <p key={i.id} className="hint unbudgeted">
            Indsats {i.number}: {i.title} har ingen gruppe i budgettet.{' '}
            {!readOnly && (
              <button type="button" className="link-button" onClick={() => void run('budget.groups.add', { initiativeIds: [i.id] })}>
                Opret budgetgruppe for indsats {i.number}
              </button>
            )}
          </p>
        ))}
      </section>

      <DeviationsCard deviations={deviations} yellowPercent={yellowPercent} readOnly={amountsReadOnly} onRefused={reload} />

      <EmploymentsCard data={data} problems={problems} currentLine={currentLine} readOnly={readOnly} onRefused={reload} />

      {dialog?.kind === 'newGroup' && (
        <GroupDialog
          heading="Ny budgetgruppe"
          confirmLabel="Opret gruppe"
          initialTitle=""
          initialInitiativeIds={dialog.initiativeIds}
          initiatives={initiatives}
          titleRequired={false}
          onCancel={() => setDialog(null)}
          onSave={(title, initiativeIds) => {
            setDialog(null);
            void run('budget.groups.add', { ...(title ? { title } : {}), initiativeIds });
          }}
        />
      )}
      {dialog?.kind === 'editGroup' && (
        <GroupDialog
          heading={`Gruppen "${dialog.group.title}"`}
          confirmLabel="Gem"
          initialTitle={dialog.group.title}
          initialInitiativeIds={dialog.group.initiativeIds}
          initiatives={initiatives}
          titleRequired
          onCancel={() => setDialog(null)}
          onSave={(title, initiativeIds) => {
            setDialog(null);
            void run('budget.groups.update', { id: dialog.group.id, patch: { title, initiativeIds } });
          }}
        />
      )}
      {dialog?.kind === 'removeLine' && (
        <ConfirmDialog
          title="Slet budgetlinje"
          message={`Linjen "${dialog.line.costType}" har beløb på i alt ${formatKroner(model.totals.lines[dialog.line.id]?.total.budget ?? 0)} kr. i budget og ${formatKronerExact(model.totals.lines[dialog.line.id]?.total.actual ?? 0)} kr. i forbrug${dialog.line.employments.length ? ' og en ansættelse' : ''}. Slet linjen med alle dens beløb? Du kan fortryde med Ctrl+Z.`}
          confirmLabel="Slet linjen"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            const id = dialog.line.id;
            setDialog(null);
            setCurrent(null);
            void run('budget.lines.remove', { id });
          }}
        />
      )}
      {dialog?.kind === 'removeGroup' && (
        <ConfirmDialog
          title="Slet budgetgruppe"
          message={`Slet gruppen "${dialog.group.title}" med ${dialog.group.lines.length} ${dialog.group.lines.length === 1 ? 'linje' : 'linjer'} (budget i alt ${formatKroner(model.totals.groups[dialog.group.id]?.total.budget ?? 0)} kr.)? Du kan fortryde med Ctrl+Z.`}
          confirmLabel="Slet gruppen"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            const id = dialog.group.id;
            setDialog(null);
            setCurrent(null);
            void run('budget.groups.remove', { id });
          }}
        />
      )}
    </div>
  );
}
