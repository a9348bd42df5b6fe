import { ACTIVITY_STATUSES, type InitiativeOverview } from '../../../shared/domain/activity';
import { formatDateShort } from '../../../shared/dates';
import { ActivityStatusPill } from './ActivityStatusPill';
import { formatCount } from './number-cells';

/** Activities by status, participants in all, and the last follow-up – computed, never typed. */
export function InitiativeOverviewPanel({ overview }: { overview: InitiativeOverview }) {
  const last = overview.lastFollowUp;
  return (
    <div className="initiative-overview" aria-label="Overblik">
      <div className="overview-item">
        <span className="field-label">Aktiviteter ({overview.activityCount})</span>
        <div className="overview-pills">
          {overview.activityCount === 0 ? (
            <span className="hint">Ingen endnu</span>
          ) : (
            ACTIVITY_STATUSES.filter((s) => overview.byStatus[s] > 0).map((s) => <ActivityStatusPill key={s} status={s} count={overview.byStatus[s]} />)
          )}
        </div>
      </div>
      <div className="overview-item">
        <span className="field-label">Deltagere i aktiviteterne</span>
        <strong className="overview-figure">{formatCount(overview.participantsTotal)}</strong>
        {overview.activitiesWithoutCount > 0 && (
          <span className="hint">
            {overview.activitiesWithoutCount} {overview.activitiesWithoutCount === 1 ? 'aktivitet' : 'aktiviteter'} uden antal
          </span>
        )}
      </div>
      <div className="overview-item overview-wide">
        <span className="field-label">Seneste opfølgning ({overview.followUpCount} i alt)</span>
        {last ? (
          <span>
            <strong>{formatDateShort(last.date)}</strong> · {last.form}
            {last.withWhom && ` med ${last.withWhom}`}
            {last.learnt && <span className="overview-learnt"> – {last.learnt.length > 160 ? `${last.learnt.slice(0, 160)}…` : last.learnt}</span>}
          </span>
        ) : (
          <span className="hint">Ingen opfølgning endnu</span>
        )}
      </div>
    </div>
  );
}
