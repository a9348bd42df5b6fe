import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../shared/api/contract';
import { describeValidationError } from '../../shared/api/validation';

function refusal(channel: Channel, input: unknown): string {
  const result = contract[channel].input.safeParse(input);
  if (result.success) throw new Error(`${channel} tog imod ${JSON.stringify(input)}`);
  return describeValidationError(result.error);
}

describe('refusals in Danish where the adjective agrees with the field', () => {
  it.each<[Channel, unknown, string]>([
    ['user.set', { name: ' ', role: 'Formand' }, 'Navn må ikke være tomt'],
    ['initiatives.update', { id: 1, patch: { title: ' ' } }, 'Titel må ikke være tom'],
    ['meetings.items.update', { id: 1, patch: { minutes: -5 } }, 'Minutter må ikke være negative'],
    ['meetings.update', { id: 1, patch: { place: '' } }, 'Sted må ikke være tomt'],
    ['meetings.attachments.rename', { id: 1, name: '' }, 'Bilagets navn må ikke være tomt'],
    ['plan.milestones.update', { id: 1, patch: { title: '' } }, 'Milepælens navn må ikke være tomt'],
    ['budget.groups.add', { title: '' }, 'Gruppens navn må ikke være tomt'],
    ['partners.add', { name: '' }, 'Partnerens navn må ikke være tomt'],
    ['initiatives.update', { id: 1, patch: { number: -1 } }, 'Nummer må ikke være negativt'],
    ['activities.update', { id: 1, patch: { participants: -1 } }, 'Antal deltagere må ikke være negativt'],
    ['budget.employments.update', { id: 1, patch: { annualSalary: -1 } }, 'Årsløn må ikke være negativ'],
    ['initiatives.update', { id: -3, patch: { title: 'X' } }, 'Id skal være et positivt tal'],
    ['meetings.get', { id: 0 }, 'Møde skal være et positivt tal'],
  ])('%s %j → "%s"', (channel, input, message) => {
    expect(refusal(channel, input)).toBe(message);
  });
});
