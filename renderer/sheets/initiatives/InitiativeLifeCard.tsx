import { initiativeLabel, type Initiative } from '../../../shared/domain/initiative';
import { useChannel } from '../../api/use-channel';
import { ActivitiesGrid } from './ActivitiesGrid';
import { FollowUpsGrid } from './FollowUpsGrid';
import { InitiativeOverviewPanel } from './InitiativeOverviewPanel';
import './activities.css';

interface Props {
  initiative: Pick<Initiative, 'id' | 'number' | 'title'>;
  readOnly: boolean;
}

/** What happens on the ground in one initiative: overview, activities and follow-ups. */
export function InitiativeLifeCard({ initiative, readOnly }: Props) {
  const life = useChannel('activities.forInitiative', { initiativeId: initiative.id });
  const partners = useChannel('partners.list', {});
  if (life.error) return <p className="sheet-error">{life.error}</p>;
  if (!life.data || !partners.data) return <p className="loading">Henter aktiviteterne …</p>;

  return (
    <>
      <section className="card activities-card" aria-label={`Aktiviteter for ${initiativeLabel(initiative)}`}>
        <h2>Overblik og aktiviteter – {initiativeLabel(initiative)}</h2>
        <InitiativeOverviewPanel overview={life.data.overview} />
        <h3>Aktiviteter</h3>
        <ActivitiesGrid initiativeId={initiative.id} activities={life.data.activities} partners={partners.data} readOnly={readOnly} />
      </section>
      <section className="card" aria-label={`Opfølgning for ${initiativeLabel(initiative)}`}>
        <h2>Opfølgning – {initiativeLabel(initiative)}</h2>
        <FollowUpsGrid initiativeId={initiative.id} followUps={life.data.followUps} readOnly={readOnly} />
      </section>
    </>
  );
}
