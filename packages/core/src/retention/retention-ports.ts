import type { HoldKind } from './retention-vocabulary.ts';

/** A person whose last dated event is older than the rule allows, with what holds it (if anything). */
export interface PersonExpiry {
  personId: string;
  code: string;
  /** The day of the last event on the person in any module ('YYYY-MM-DD'). */
  lastEventOn: string;
  holds: HoldKind[];
}

export interface LegalHold {
  personId: string;
  code: string;
  reason: string;
  setBy: string;
  setAt: Date;
}

/** A sealed value as the store holds it, with the additional data it was sealed under. */
export interface SealedValue {
  sealed: string;
  aad: string;
}

/** Every row about one person, table by table; sealed columns come as `SealedValue`s. */
export type SubjectRecords = Record<string, Record<string, unknown>[]>;

/**
 * What retention reads and destroys (docs/security/retention.md lists every place). SQL over the
 * records: no in-memory fake (tested on both databases).
 */
export interface RetentionStore {
  /** Persons not yet anonymised whose last event is before `before` ('YYYY-MM-DD'), oldest first. */
  expiredPersons(before: string, limit: number): Promise<PersonExpiry[]>;
  /** The holds on one person now (locks the person's row inside a transaction). */
  holdsOf(personId: string): Promise<HoldKind[]>;
  /**
   * Destroys what identifies the person and keeps what the statistics read; false when it does
   * not exist or was anonymised before.
   */
  anonymisePerson(personId: string, at: Date): Promise<boolean>;
  countHotlineContactsBefore(before: string): Promise<number>;
  /** Removes the caller's identity and notes of contacts before `before`; how many changed. */
  anonymiseHotlineContactsBefore(before: string): Promise<number>;
  /**
   * Defendants whose name is not yet erased, of cases whose every defendant was finally judged
   * (or whose proceedings were closed) before `before`.
   */
  defendantsJudgedBefore(before: string): Promise<string[]>;
  replaceDefendantNames(names: { id: string; nameSealed: string }[], at: Date): Promise<number>;
  countNotificationsBefore(before: Date): Promise<number>;
  deleteNotificationsBefore(before: Date): Promise<number>;
  /** The person a code names (the administrator and the data protection officer know codes). */
  personIdByCode(code: string): Promise<string | undefined>;
  listHolds(): Promise<LegalHold[]>;
  /** Sets or replaces the hold on an existing person. */
  setHold(hold: Omit<LegalHold, 'code'>): Promise<void>;
  releaseHold(personId: string): Promise<number>;
  subjectRecords(personId: string): Promise<SubjectRecords | undefined>;
}
