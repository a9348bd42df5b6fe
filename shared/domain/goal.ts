// The programme's goals (the Program sheet's list 'goal') linked to the initiatives and activities
// that serve them (migration 015), so the statusnotat can say what the period's work shows per goal.

/** One link: a goal to an initiative or to an activity, never both. */
export interface GoalLink {
  id: number;
  goalId: number;
  initiativeId: number | null;
  activityId: number | null;
}

/** What a goal can be linked to: each initiative with its activities, in the sheets' order. */
export interface GoalLinkChoice {
  initiativeId: number;
  number: number;
  title: string;
  activities: Array<{ id: number; name: string }>;
}

export interface GoalLinksView {
  links: GoalLink[];
  choices: GoalLinkChoice[];
}
