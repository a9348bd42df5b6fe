// The traffic-light rules (shared/status/traffic-lights.ts) at each boundary: exactly 10 % and just
// above, exactly 3 months late and a day more, 1 month, before, inside and after the programme
// period, and the 625 kr. overrun that must not become a red flag.
import { describe, expect, it } from 'vitest';
import type { BudgetGroup } from '../../shared/domain/budget';
import { DEFAULT_STATUS_RULES, describeStatusRules, lateness, statusRulesProblem, trafficLights, type TrafficLightInput } from '../../shared/status/traffic-lights';

function line(id: number, costType: string, amounts: Record<number, [number | null, number | null]>): BudgetGroup['lines'][number] {
  return {
    id, groupId: 1, position: id, costType, employments: [],
    amounts: Object.fromEntries(Object.entries(amounts).map(([y, [budget, actual]]) => [y, { budget, actual }])),
  };
}

function input(over: Partial<TrafficLightInput> = {}): TrafficLightInput {
  return {
    asOf: '2021-05-15',
    periodStart: '2019-K2',
    periodEnd: '2022-K4',
    initiatives: [{ id: 1, number: 1, title: 'Sammen om børnene', status: 'grøn', statusReason: 'Godt i gang' }],
    phases: [],
    milestones: [],
    budget: { groups: [] },
    ...over,
  };
}

function budget(lines: BudgetGroup['lines'], initiativeIds = [1]): TrafficLightInput['budget'] {
  return { groups: [{ id: 1, position: 1, title: 'Indsats 1', initiativeIds, lines }] };
}

const phaseEnding = (endQuarter: string, status: 'planlagt' | 'i gang' | 'afsluttet' | 'forsinket' = 'i gang') => ({
  initiativeId: 1, title: 'Opstart', startQuarter: '2019-K2', endQuarter, status,
});

function lightsAsOf(asOf: string, over: Partial<TrafficLightInput>) {
  return trafficLights(input({ asOf, ...over }), DEFAULT_STATUS_RULES);
}

describe('tid', () => {
  // A phase ending 2020 K2 is due 2020-07-01.
  const phases = [phaseEnding('2020-K2')];

  it('is green while the end quarter has not passed, and the day after it is late but not yet a month', () => {
    expect(lightsAsOf('2020-06-30', { phases }).initiatives[0]!.lights.tid).toEqual({ colour: 'grøn', reason: 'Ingen fase eller milepæl er forsinket.' });
    const dayAfter = lightsAsOf('2020-07-02', { phases }).initiatives[0]!.lights.tid;
    expect(dayAfter.colour).toBe('grøn');
    expect(dayAfter.reason).toContain('forsinket 1 dag – under 1 måned');
  });

  it('turns yellow at exactly 1 month and stays yellow at exactly 3 months', () => {
    expect(lightsAsOf('2020-07-31', { phases }).initiatives[0]!.lights.tid.colour).toBe('grøn');
    const oneMonth = lightsAsOf('2020-08-01', { phases }).initiatives[0]!.lights.tid;
    expect(oneMonth).toEqual({ colour: 'gul', reason: 'Fasen »Opstart« skulle være afsluttet i 2020 K2 og er forsinket 1 måned – mindst 1 måned.' });
    const threeMonths = lightsAsOf('2020-10-01', { phases }).initiatives[0]!.lights.tid;
    expect(threeMonths.colour).toBe('gul');
    expect(threeMonths.reason).toContain('forsinket 3 måneder – mindst 1 måned');
  });

  it('turns red just above 3 months', () => {
    const justAbove = lightsAsOf('2020-10-02', { phases }).initiatives[0]!.lights.tid;
    expect(justAbove).toEqual({ colour: 'rød', reason: 'Fasen »Opstart« skulle være afsluttet i 2020 K2 og er forsinket 3 måneder og 1 dag – over 3 måneder.' });
  });

  it('leaves a finished phase alone, however old', () => {
    expect(lightsAsOf('2024-01-01', { phases: [phaseEnding('2020-K2', 'afsluttet')] }).initiatives[0]!.lights.tid.colour).toBe('grøn');
  });

  it('judges milestones by their quarter, unless gennemført or aflyst', () => {
    const m = (status: 'planlagt' | 'gennemført' | 'aflyst' | 'foreslået') => [{ initiativeId: 1, title: 'Midtvejsevaluering', quarter: '2020-K4', status }];
    const late = lightsAsOf('2021-05-15', { milestones: m('planlagt') }).initiatives[0]!.lights.tid;
    expect(late.colour).toBe('rød');
    expect(late.reason).toBe('Milepælen »Midtvejsevaluering« (2020 K4) er ikke gennemført og er forsinket 4 måneder og 14 dage – over 3 måneder.');
    expect(lightsAsOf('2021-05-15', { milestones: m('gennemført') }).initiatives[0]!.lights.tid.colour).toBe('grøn');
    expect(lightsAsOf('2021-05-15', { milestones: m('aflyst') }).initiatives[0]!.lights.tid.colour).toBe('grøn');
  });

  it('names the worst of several delays and counts the others', () => {
    const lights = lightsAsOf('2021-05-15', { phases: [phaseEnding('2021-K1'), { ...phaseEnding('2020-K3'), title: 'Afprøvning' }] });
    expect(lights.initiatives[0]!.lights.tid.reason).toBe(
      'Fasen »Afprøvning« skulle være afsluttet i 2020 K3 og er forsinket 7 måneder og 14 dage – over 3 måneder (og 1 anden forsinkelse).',
    );
  });

  it('before the programme period nothing is late, and says the period has not begun', () => {
    const lights = lightsAsOf('2019-01-15', { phases: [{ ...phaseEnding('2019-K4'), startQuarter: '2019-K2' }] });
    expect(lights.initiatives[0]!.lights.tid).toEqual({ colour: 'grøn', reason: 'Programperioden begynder 2019 K2; intet er forsinket endnu.' });
    expect(lights.programme.tid.colour).toBe('grøn');
  });

  it('inside the period a phase without an end runs to the period’s end and is not late', () => {
    expect(lightsAsOf('2021-05-15', { phases: [{ ...phaseEnding('2019-K2'), endQuarter: null }] }).initiatives[0]!.lights.tid.colour).toBe('grøn');
  });

  it('after the period an open phase is late from the period’s end', () => {
    const lights = lightsAsOf('2023-04-02', { phases: [{ ...phaseEnding('2019-K2'), endQuarter: null }] });
    expect(lights.initiatives[0]!.lights.tid).toEqual({
      colour: 'rød', reason: 'Fasen »Opstart« skulle være afsluttet i 2022 K4 og er forsinket 3 måneder og 1 dag – over 3 måneder.',
    });
  });

  it('counts calendar months and days', () => {
    expect(lateness('2020-07-01', '2020-06-30')).toBeNull();
    expect(lateness('2020-07-01', '2020-07-01')).toEqual({ months: 0, days: 0 });
    expect(lateness('2020-01-01', '2020-03-01')).toEqual({ months: 2, days: 0 });
    expect(lateness('2020-10-01', '2021-01-31')).toEqual({ months: 3, days: 30 });
  });
});

describe('økonomi', () => {
  const economy = (lines: BudgetGroup['lines'], asOf = '2021-05-15') => lightsAsOf(asOf, { budget: budget(lines) }).initiatives[0]!.lights.økonomi;

  it('is green when nothing is overspent', () => {
    expect(economy([line(1, 'Løn', { 2020: [100_000, 100_000] })])).toEqual({
      colour: 'grøn', reason: 'Prognose 100.000 kr. mod budget 100.000 kr. til og med 2021; ingen linje forventes overskredet.',
    });
  });

  it('is yellow at exactly 10 % and red just above', () => {
    const exactly = economy([line(1, 'Løn', { 2020: [100_000, 110_000] })]);
    expect(exactly).toEqual({
      colour: 'gul',
      reason: 'Linjen »Indsats 1 – Løn« forventes overskredet med 10.000 kr. (10 %; over 0 %, højst 10 %): prognose 110.000 kr. mod budget 100.000 kr. til og med 2021.',
    });
    const justAbove = economy([line(1, 'Løn', { 2020: [100_000, 110_000.5] })]);
    expect(justAbove.colour).toBe('rød');
    expect(justAbove.reason).toContain('(lidt over 10 %; over 10 %)');
  });

  it('makes a 625 kr. overrun on a large budget yellow, never red', () => {
    const small = economy([line(1, 'Forløb', { 2020: [600_000, 600_625] })]);
    expect(small.colour).toBe('gul');
    expect(small.reason).toContain('overskredet med 625 kr. (0,1 %');
  });

  it('names the worst line and counts only years up to the as-of year', () => {
    const lines = [line(1, 'Løn', { 2020: [100_000, 105_000] }), line(2, 'Aktiviteter', { 2020: [10_000, 20_000], 2022: [10_000, 0] })];
    const now = economy(lines);
    expect(now.colour).toBe('rød');
    expect(now.reason).toContain('»Indsats 1 – Aktiviteter« forventes overskredet med 10.000 kr. (100 %');
    // Before the programme's spending begins there is nothing to judge.
    expect(economy(lines, '2019-06-01').colour).toBe('grøn');
  });

  it('calls spending without a budget red', () => {
    const none = economy([line(1, 'Diverse', { 2020: [null, 500] })]);
    expect(none.colour).toBe('rød');
    expect(none.reason).toContain('prognose uden budget');
  });

  it('says so when no line belongs to the initiative', () => {
    expect(lightsAsOf('2021-05-15', { budget: budget([line(1, 'Løn', { 2020: [1, 100] })], [2]) }).initiatives[0]!.lights.økonomi.reason).toBe(
      'Ingen budgetlinjer er knyttet til indsatsen.',
    );
  });

  it('follows the workbook’s own thresholds', () => {
    const lights = trafficLights(input({ budget: budget([line(1, 'Løn', { 2020: [100_000, 103_000] })]) }), { ...DEFAULT_STATUS_RULES, economyYellowPercent: 5 });
    expect(lights.initiatives[0]!.lights.økonomi.colour).toBe('grøn');
  });
});

describe('indhold and the programme', () => {
  it('takes indhold from the initiative’s own status and reason', () => {
    const lights = lightsAsOf('2021-05-15', { initiatives: [{ id: 1, number: 1, title: 'A', status: 'gul', statusReason: 'Mangler partnere' }] });
    expect(lights.initiatives[0]!.lights.indhold).toEqual({ colour: 'gul', reason: 'Indsatsens status er gul: Mangler partnere' });
  });

  it('gives the programme the worst light of its initiatives on each axis and says why', () => {
    const lights = lightsAsOf('2021-05-15', {
      initiatives: [
        { id: 1, number: 1, title: 'A', status: 'grøn', statusReason: '' },
        { id: 2, number: 2, title: 'B', status: 'rød', statusReason: 'Ingen deltagere' },
      ],
      phases: [{ ...phaseEnding('2021-K1'), initiativeId: 1 }],
    });
    expect(lights.programme.indhold).toEqual({
      colour: 'rød', reason: 'Programmets lys er det dårligste blandt indsatsernes: rød på grund af indsats 2. Indsats 2: Indsatsens status er rød: Ingen deltagere',
    });
    expect(lights.programme.tid.colour).toBe('gul');
    expect(lights.programme.tid.reason).toContain('gul på grund af indsats 1');
    expect(lights.programme.økonomi).toEqual({ colour: 'grøn', reason: 'Programmets lys er det dårligste blandt indsatsernes: alle er grønne.' });
  });

  it('counts the programme’s own milestones in its tid', () => {
    const lights = lightsAsOf('2023-06-01', { milestones: [{ initiativeId: null, title: 'Slutevaluering', quarter: '2022-K4', status: 'planlagt' }] });
    expect(lights.initiatives[0]!.lights.tid.colour).toBe('grøn');
    expect(lights.programme.tid.colour).toBe('rød');
    expect(lights.programme.tid.reason).toContain('programmets egne milepæle');
  });
});

describe('the rules themselves', () => {
  it('prints the rules used', () => {
    expect(describeStatusRules(DEFAULT_STATUS_RULES)).toBe(
      'Regler: økonomi rød ved overskridelse over 10 %, gul ved overskridelse over 0 %; tid rød ved forsinkelse over 3 måneder, ' +
        'gul ved forsinkelse på mindst 1 måned; indhold er den status, indsatsen selv har sat. Programmets lys på hver akse er det dårligste blandt indsatsernes.',
    );
  });

  it('refuses yellow above red', () => {
    expect(statusRulesProblem(DEFAULT_STATUS_RULES)).toBeNull();
    expect(statusRulesProblem({ ...DEFAULT_STATUS_RULES, economyYellowPercent: 11 })).toBe('Grænsen for gul økonomi kan ikke ligge over grænsen for rød');
    expect(statusRulesProblem({ ...DEFAULT_STATUS_RULES, timeYellowMonths: 4 })).toBe('Grænsen for gul tid kan ikke ligge over grænsen for rød');
  });
});
