/** What waits for one organisation now: counts only, each from an indexed query. */
export interface TodayQuery {
  organisationId: string;
  now: Date;
  /** Reflection periods ending on a day in [from, until] (calendar days, inclusive). */
  reflectionEndsFrom: string;
  reflectionEndsUntil: string;
}

export interface TodayCounts {
  /** Sent to the organisation, not yet accepted or declined (the inbox's "to decide"). */
  referralsToAnswer: number;
  /** Of those, past the response deadline. */
  referralsToAnswerOverdue: number;
  /** Alerts sent to the organisation and not yet acknowledged. */
  alertsToAcknowledge: number;
  /** Unread message notifications (referral and alert threads). */
  unreadMessages: number;
  /** Reflection periods the organisation granted that end within the window. */
  reflectionPeriodsEnding: number;
}

export interface TodayStore {
  countsFor(query: TodayQuery): Promise<TodayCounts>;
}
