// Tests that make a file as an older version of the app left it drop what later migrations add.

/** What migration 011 (Mødeplan) adds: a file of version 10 or older has none of it. */
export const DROP_MEETING_SERIES = 'DROP TABLE series_agenda_item; DROP TABLE series_meeting; DROP TABLE series_template_item; DROP TABLE meeting_series';

/** What migration 015 (goal links, the approval date) adds: a file of version 14 or older has none of it. */
export const DROP_GOAL_LINKS = 'DROP TABLE goal_link; ALTER TABLE program DROP COLUMN approved_on';

/** What migration 014 (disponeret, prognose, afvigelsesforklaring) adds: a file of version 13 or older has none of it. */
export const DROP_FORECAST =
  'ALTER TABLE budget_amount DROP COLUMN deviation_note; ALTER TABLE budget_amount DROP COLUMN forecast_ore; ALTER TABLE budget_amount DROP COLUMN committed_ore';

/** What migrations 010–015 add (a decision per »at«, Mødeplan, an item's suggestion source, the traffic-light rules, forecast and commitments, goal links and the approval date), newest first. */
export const DROP_AFTER_VERSION_9 = [
  DROP_GOAL_LINKS,
  DROP_FORECAST,
  'DROP TABLE status_rules',
  'ALTER TABLE agenda_item DROP COLUMN source_id; ALTER TABLE agenda_item DROP COLUMN source_kind',
  DROP_MEETING_SERIES,
  'DROP TABLE point_dissent; DROP TABLE point_decision',
].join('; ');
