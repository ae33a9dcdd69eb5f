import type { PersonAccessFacts } from '../policy/person-access-facts.ts';
import type { IdentityBasis } from '../policy/person-access-policy.ts';
import type { PersonListAccess } from '../policy/person-list-access.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import type { ListVerification } from '../screening/provenance.ts';
import type { AgeBand, ExploitationForm, Gender, IdentificationStatus } from './identification-vocabulary.ts';
import type { Exploitation, IdentificationDecision, Person, Screening } from './person.ts';

export interface PersonFilter {
  status?: IdentificationStatus;
  gender?: Gender;
  /** true: child at identification; false: adult. */
  child?: boolean;
  ageBand?: AgeBand;
  citizenship?: string;
  form?: ExploitationForm;
  /** Owner organisation. */
  organisationId?: string;
  /** Decisions due before this instant and not made (the overdue list). */
  overdueAt?: Date;
  /** Identified by an NGO, never decided on by the state. */
  ngoOnly?: boolean;
  /** Persons with a reflection period granted by this organisation ending within these days. */
  reflectionEnding?: { grantedBy: string; from: string; until: string };
  /** A fragment of the code, any case ("000005", "nrm-2025-0001"). */
  code?: string;
  /** Blind-index keys of a searched name (`nameSearchKeys`): persons whose name shares one. */
  nameKeys?: readonly string[];
  /** The order of the page; newest first when absent. */
  sort?: PersonSort;
  /** The sort key of the last person of the previous page (keyset paging): the page starts after it. */
  after?: PersonCursor;
  limit: number;
}

export const personSorts = ['newest', 'oldest', 'code_asc', 'code_desc'] as const;
export type PersonSort = (typeof personSorts)[number];

/** Where a page of persons ends, in every sort order: creation instant and code (unique). */
export interface PersonCursor {
  createdAt: Date;
  code: string;
}

/** A page and where the next one starts (null: this was the last page). */
export interface PersonPage {
  persons: Person[];
  next: PersonCursor | null;
}

/** How many persons match: exact up to the cap, else "more than" the cap. */
export interface CappedCount {
  count: number;
  more: boolean;
}

/** A direct share as the owner grants it. */
export interface NewShare extends IdentityBasis {
  organisationId: string;
  reason: string;
  shareIdentity: boolean;
  /** The user who shared (null only for records loaded from outside). */
  grantedBy: string | null;
}

export interface DuplicateMatch {
  personId: string;
  organisationId: string;
}

export interface PersonStore {
  /** Next free code of the year, e.g. NRM-2026-000123 (codes never repeat). */
  nextCode(year: number): Promise<string>;
  create(person: Person): Promise<void>;
  get(id: string): Promise<Person | undefined>;
  /** Codes by person id in one read (a referral list names each person by code). */
  codesOf(ids: readonly string[]): Promise<Map<string, string>>;
  update(id: string, patch: Partial<Omit<Person, 'id' | 'code' | 'createdAt'>>): Promise<number>;
  /**
   * One page of the persons the access reaches (`policy/person-list-access.ts`), matching the
   * filter, in the sort order, after the cursor: read from an index in that order, never the
   * whole visible set.
   */
  list(filter: PersonFilter, access: PersonListAccess): Promise<PersonPage>;
  /** How many persons the list would reach over every page, counted up to `cap` (then `more`). */
  count(
    filter: Omit<PersonFilter, 'after' | 'limit' | 'sort'>,
    access: PersonListAccess,
    cap: number,
  ): Promise<CappedCount>;
  /**
   * The owner, every organisation holding an active share, and every recipient of an open
   * (sent or accepted) referral: access follows referrals and ends with them.
   */
  organisationsWithAccess(personId: string): Promise<string[]>;
  /** What the record-level policy decides on (one query); undefined when there is no such person. */
  accessFacts(personId: string): Promise<PersonAccessFacts | undefined>;
  /** The same facts for several persons in one read, by person id (absent: no such person). */
  accessFactsOf(personIds: readonly string[]): Promise<Map<string, PersonAccessFacts>>;
  /** Opens a share (an active share to the same organisation is replaced: widened or narrowed). */
  grantAccess(personId: string, share: NewShare, at: Date): Promise<void>;
  revokeAccess(personId: string, organisationId: string, at: Date): Promise<number>;
  /** Shares that carried identity because of a consent now withdrawn stop carrying it. */
  stopIdentitySharing(consentId: string): Promise<number>;
  addDuplicateKeys(personId: string, keys: string[]): Promise<void>;
  /** Replaces the person's keys (a corrected name must stop matching under the old spelling). */
  replaceDuplicateKeys(personId: string, keys: string[]): Promise<void>;
  /** Persons carrying any of the keys (the caller filters out the person itself). */
  findByDuplicateKeys(keys: string[]): Promise<DuplicateMatch[]>;
  getExploitation(personId: string): Promise<Exploitation | undefined>;
  saveExploitation(exploitation: Exploitation): Promise<void>;
}

export interface ScreeningStore {
  create(screening: Screening): Promise<void>;
  listForPerson(personId: string): Promise<Screening[]>;
}

export interface DecisionStore {
  create(decision: IdentificationDecision): Promise<void>;
  /** Oldest first. */
  listForPerson(personId: string): Promise<IdentificationDecision[]>;
}

export interface IndicatorListStore {
  /** Saves a list version; a (key, version) pair is written once and never changed. */
  save(list: IndicatorList, loadedBy: string | null, at: Date): Promise<void>;
  get(key: string, version?: number): Promise<IndicatorList | undefined>;
  /** The latest version of every list. */
  listLatest(): Promise<IndicatorList[]>;
  /**
   * Records that a version was checked against a document as a whole (kept beside the definition,
   * which never changes; `get` and `listLatest` return it in `provenance.verification`). Once per
   * version: false when it was verified already (by someone else meanwhile, or when shipped).
   */
  verify(key: string, version: number, verification: ListVerification): Promise<boolean>;
}

/** Installation settings as JSON values by key (deadlines, the country). */
export interface ConfigurationStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, at: Date): Promise<void>;
}
