import type { CappedCount } from '../identification/identification-ports.ts';
import type { Alert, AlertMessage, AlertStatus } from './alert.ts';

/** Where the next page of alerts starts: the last alert shown (newest first, id breaks ties). */
export interface AlertCursor {
  createdAt: Date;
  id: string;
}

export interface AlertPage {
  alerts: Alert[];
  /** The last alert of this page when another page follows; null on the last page. */
  next: AlertCursor | null;
}

export interface AlertStore {
  create(alert: Alert): Promise<void>;
  get(id: string): Promise<Alert | undefined>;
  /**
   * Alerts sent or received by the organisation, newest first, a page after the cursor; with
   * `awaiting`, only those received and still open (the home page's "to acknowledge").
   */
  listForOrganisation(
    organisationId: string,
    page: { after?: AlertCursor | undefined; limit: number; awaiting?: boolean },
  ): Promise<AlertPage>;
  /** How many alerts the organisation sent or received (or, `awaiting`, must acknowledge), up to `cap` + 1. */
  countForOrganisation(organisationId: string, cap: number, awaiting?: boolean): Promise<CappedCount>;
  /** Compare-and-set on the status, like referral transitions. */
  transition(id: string, from: readonly AlertStatus[], patch: Partial<Alert>): Promise<number>;
  linkPerson(id: string, personId: string, at: Date): Promise<void>;
  addMessage(message: AlertMessage): Promise<void>;
  listMessages(alertId: string): Promise<AlertMessage[]>;
}
