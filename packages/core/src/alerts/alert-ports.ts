import type { Alert, AlertMessage, AlertStatus } from './alert.ts';

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
