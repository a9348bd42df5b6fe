// The statusnotat's traffic lights (issue 16): each initiative's and the programme's light on tid,
// økonomi and indhold as of the period's end, with why, and the rules they were judged by. Kept
// in its own file so the notat's other sections can change without touching it.
import { formatDateLong } from '../../../shared/dates';
import { initiativeLabel } from '../../../shared/domain/initiative';
import { LIGHT_AXES, LIGHT_AXIS_NAMES, describeStatusRules, type AxisLights, type Light, type TrafficLights } from '../../../shared/status/traffic-lights';
import { bullets, heading, label, note, type Block } from '../blocks';
import { gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import { COLOURS } from '../theme';

function lightCell(light: Light): Cell {
  const s = COLOURS.status[light.colour];
  return { text: s.label, bold: true, colour: s.text, fill: s.fill, align: 'center' };
}

function reasons(lights: AxisLights): string[] {
  return LIGHT_AXES.map((axis) => `${LIGHT_AXIS_NAMES[axis]} – ${lights[axis].colour}: ${cleanLine(lights[axis].reason)}`);
}

/** A table of the lights (programme first), the reasons per initiative, and the rules used. */
export function trafficLightsSection(lights: TrafficLights, widths: number[]): Block[] {
  const nameOf = (i: TrafficLights['initiatives'][number]) => initiativeLabel({ number: i.number, title: cleanLine(i.title) });
  const rows: Cell[][] = [
    [{ text: 'Programmet som helhed', bold: true }, ...LIGHT_AXES.map((axis) => lightCell(lights.programme[axis]))],
    ...lights.initiatives.map((i) => [nameOf(i), ...LIGHT_AXES.map((axis) => lightCell(i.lights[axis]))] as Cell[]),
  ];
  const blocks: Block[] = [
    heading(`Trafiklys pr. ${formatDateLong(lights.asOf)}`, 3),
    gridTable({ widths, header: [['', ...LIGHT_AXES.map((axis) => LIGHT_AXIS_NAMES[axis])]], body: rows }),
    label('Programmet som helhed'),
    ...bullets(reasons(lights.programme)),
  ];
  // »Indsats 1«, not the full name: the initiative's own section below is headed by that.
  for (const i of lights.initiatives) blocks.push(label(`Indsats ${i.number}`), ...bullets(reasons(i.lights)));
  blocks.push(note(describeStatusRules(lights.rules)));
  return blocks;
}
