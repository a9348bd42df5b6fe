import { LIGHT_AXES, LIGHT_AXIS_NAMES, describeStatusRules, type AxisLights, type Light, type LightAxis, type TrafficLights } from '../../../shared/status/traffic-lights';
import { formatDateLong } from '../../../shared/dates';

const COLOUR_CLASS = { grøn: 'status-green', gul: 'status-yellow', rød: 'status-red' } as const;

/** One axis's light: a coloured dot and the word (»Tid: gul«), never colour alone; the reason as tooltip. */
export function LightMark({ axis, light }: { axis: LightAxis; light: Light }) {
  return (
    <span className={`status-pill light-mark ${COLOUR_CLASS[light.colour]}`} title={light.reason} data-axis={axis}>
      <span className="status-dot" aria-hidden="true" />
      {LIGHT_AXIS_NAMES[axis]}: {light.colour}
    </span>
  );
}

/** The three lights of a row, side by side (the grid's Trafiklys column). */
export function LightMarks({ lights }: { lights: AxisLights }) {
  return (
    <span className="light-marks">
      {LIGHT_AXES.map((axis) => (
        <LightMark key={axis} axis={axis} light={lights[axis]} />
      ))}
    </span>
  );
}

function LightList({ lights }: { lights: AxisLights }) {
  return (
    <ul className="light-list">
      {LIGHT_AXES.map((axis) => (
        <li key={axis}>
          <LightMark axis={axis} light={lights[axis]} /> <span className="light-reason">{lights[axis].reason}</span>
        </li>
      ))}
    </ul>
  );
}

/** The programme's lights and the selected initiative's, each with why, and the rules used. */
export function TrafficLightsCard({ lights, initiativeId }: { lights: TrafficLights; initiativeId: number | null }) {
  const initiative = lights.initiatives.find((i) => i.initiativeId === initiativeId);
  return (
    <section className="card traffic-lights" aria-labelledby="traffic-lights-heading">
      <h2 id="traffic-lights-heading">Trafiklys pr. {formatDateLong(lights.asOf)}</h2>
      <h3>Programmet som helhed</h3>
      <LightList lights={lights.programme} />
      {initiative && (
        <>
          <h3>
            Indsats {initiative.number}: {initiative.title}
          </h3>
          <LightList lights={initiative.lights} />
        </>
      )}
      <p className="hint">{describeStatusRules(lights.rules)} Reglerne ændres på Program-arket.</p>
    </section>
  );
}
