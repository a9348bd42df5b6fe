import { describe, expect, it } from 'vitest';
import { formatDuration, formatTimeSlot, overrunMessage, parseClock, scheduleAgenda, clockFromMinutes, isClockTime } from '../../shared/meetings/time-slots';

describe('agenda time slots', () => {
  it('lays items end to end from the start time, as "kl. 14.00–14.20"', () => {
    const schedule = scheduleAgenda({ startTime: '14:00', endTime: '16:00' }, [
      { id: 1, minutes: 5, onAgenda: true },
      { id: 2, minutes: 20, onAgenda: true },
      { id: 3, minutes: 35, onAgenda: true },
    ]);
    expect(Object.values(schedule.slots).map(formatTimeSlot)).toEqual(['kl. 14.00–14.05', 'kl. 14.05–14.25', 'kl. 14.25–15.00']);
    expect(schedule.plannedMinutes).toBe(60);
    expect(schedule.availableMinutes).toBe(120);
    expect(schedule.overrunMinutes).toBe(0);
    expect(overrunMessage(schedule)).toBeNull();
  });

  it('gives open proposals and declined items no slot and no time', () => {
    const schedule = scheduleAgenda({ startTime: '09:30', endTime: '10:00' }, [
      { id: 1, minutes: 10, onAgenda: true },
      { id: 2, minutes: 45, onAgenda: false },
      { id: 3, minutes: 15, onAgenda: true },
    ]);
    expect(schedule.slots[2]).toBeUndefined();
    expect(schedule.slots[3]).toEqual({ start: '09:40', end: '09:55' });
    expect(schedule.plannedMinutes).toBe(25);
  });

  it('flags an agenda longer than the meeting, with a Danish message', () => {
    const schedule = scheduleAgenda({ startTime: '14:00', endTime: '16:00' }, [
      { id: 1, minutes: 90, onAgenda: true },
      { id: 2, minutes: 40, onAgenda: true },
    ]);
    expect(schedule.overrunMinutes).toBe(10);
    expect(schedule.slots[2]).toEqual({ start: '15:30', end: '16:10' });
    expect(overrunMessage(schedule)).toBe('Dagsordenen varer 2 t. 10 min., men mødet er kun 2 t. – 10 min. for lang');
  });

  it('reads and writes clock times, wrapping past midnight', () => {
    expect(parseClock('14:20')).toBe(860);
    expect(clockFromMinutes(860)).toBe('14:20');
    expect(clockFromMinutes(24 * 60 + 15)).toBe('00:15');
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('9:00')).toBe(false);
    expect(isClockTime('09:00')).toBe(true);
    expect(() => parseClock('kl. 2')).toThrow(/Ugyldigt klokkeslæt/);
    expect(formatDuration(45)).toBe('45 min.');
    expect(formatDuration(120)).toBe('2 t.');
  });
});
