/** Potential cases: a suspicion passed to another body before any person is identified. */
export const alertSubjects = ['workplace', 'address', 'online', 'description'] as const;
export type AlertSubject = (typeof alertSubjects)[number];

export const alertStatuses = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

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

export interface AlertStore {
  create(alert: Alert): Promise<void>;
  get(id: string): Promise<Alert | undefined>;
  /** Alerts sent or received by the organisation, newest first. */
  listForOrganisation(organisationId: string, limit: number): Promise<Alert[]>;
  /** Compare-and-set on the status, like referral transitions. */
  transition(id: string, from: readonly AlertStatus[], patch: Partial<Alert>): Promise<number>;
  linkPerson(id: string, personId: string, at: Date): Promise<void>;
  addMessage(message: AlertMessage): Promise<void>;
  listMessages(alertId: string): Promise<AlertMessage[]>;
}
