/** Potential cases: a suspicion passed to another body before any person is identified. */
export const alertSubjects = ['workplace', 'address', 'online', 'description'] as const;
export type AlertSubject = (typeof alertSubjects)[number];

export const alertStatuses = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

/** What a party may do to an alert (policy/alert-access-policy.ts has the table). */
export const alertRecordActions = ['read', 'message', 'acknowledge', 'close', 'link_person'] as const;
export type AlertRecordAction = (typeof alertRecordActions)[number];

export interface Alert {
  id: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  subject: AlertSubject;
  /** A short, non-identifying title for lists ("Brick factory, Sumqayit"). */
  title: string;
  /** What was seen, where, who: sealed, shown only on the alert page to the two bodies. */
  detailsSealed: string;
  status: AlertStatus;
  /** Persons later identified in this situation (each must be visible to whoever links it). */
  personIds: string[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface AlertMessage {
  id: string;
  alertId: string;
  authorUserId: string;
  authorOrganisationId: string;
  bodySealed: string;
  createdAt: Date;
}

/** The details are sealed bound to their alert (db/src/sealed-columns.ts names the same AAD). */
export function alertDetailsAad(alertId: string): string {
  return `alert.details.${alertId}`;
}
