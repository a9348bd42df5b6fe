// A calendar invitation (.ics, METHOD:REQUEST) for a meeting, made by ical-generator. The times
// are local Copenhagen times with their TZID, and the file carries the zone's definition
// (VTIMEZONE), so Outlook and other calendars place the meeting right whatever their own zone.
// The UID is the same every time a meeting is sent, and SEQUENCE grows, so a re-sent invitation
// updates the event in the recipients' calendars instead of adding a second one.
import ical, { ICalAttendeeRole, ICalCalendarMethod } from 'ical-generator';
import type { Recipient } from './recipients';

export const CALENDAR_ZONE = 'Europe/Copenhagen';

/** Europe/Copenhagen since 1996: CET, and CEST from the last Sunday of March to the last Sunday of October. */
const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * A name as a CN parameter: it cannot hold a double quote (RFC 5545 §3.1) – ical-generator would
 * write it escaped, and calendars then drop the organiser or attendee – and a semicolon or colon,
 * though allowed inside the quotes, cuts the name short in calendars that read naively.
 */
const paramText = (name: string) => name.replace(/"/g, "'").replace(/\s*[;:]\s*/g, ' ').trim();

export interface Invitation {
  uid: string;
  sequence: number;
  /** When it was made (DTSTAMP, UTC). */
  stamp: Date;
  /** ISO date and "14:00" clock times, local Copenhagen time. */
  date: string;
  startTime: string;
  endTime: string;
  summary: string;
  location: string;
  description: string;
  organizer: Recipient | null;
  attendees: readonly Recipient[];
}

export function composeInvitation(invitation: Invitation): string {
  const calendar = ical({
    prodId: { company: 'Gladsaxe Kommune', product: 'Arbejdsbogen', language: 'DA' },
    method: ICalCalendarMethod.REQUEST,
  });
  const event = calendar.createEvent({
    id: invitation.uid,
    sequence: invitation.sequence,
    stamp: invitation.stamp,
    // Wall-clock times as strings with the event's zone: written as TZID=Europe/Copenhagen:…,
    // never converted through the zone of the machine making the file.
    start: `${invitation.date}T${invitation.startTime}:00`,
    end: `${invitation.date}T${invitation.endTime}:00`,
    timezone: CALENDAR_ZONE,
    summary: invitation.summary,
    location: invitation.location,
    description: invitation.description,
    organizer: invitation.organizer ? { name: paramText(invitation.organizer.name), email: invitation.organizer.email } : null,
  });
  for (const attendee of invitation.attendees) {
    event.createAttendee({ name: paramText(attendee.name), email: attendee.email, role: ICalAttendeeRole.REQ, rsvp: true });
  }
  // ical-generator writes VTIMEZONE only through a calendar-wide zone, which would also write
  // DTSTAMP as local time; the fixed definition goes in before the event instead.
  return calendar.toString().replace('BEGIN:VEVENT', `${COPENHAGEN_VTIMEZONE}\r\nBEGIN:VEVENT`);
}

/** The SEQUENCE found in an earlier invitation's text, or null. */
export function sequenceIn(text: string): number | null {
  const match = /^SEQUENCE:(\d+)\r?$/m.exec(text);
  return match ? Number(match[1]) : null;
}
