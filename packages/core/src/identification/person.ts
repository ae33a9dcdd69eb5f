import type { ProvenanceStatus } from '../screening/provenance.ts';
import type { ScreeningAnswer } from '../screening/read-screening-answers.ts';
import type {
  AgeBand,
  DecidingBodyType,
  ExploitationForm,
  Gender,
  IdentificationStatus,
  MeansOfControl,
  RecruiterRelationship,
  RecruitmentMethod,
  ScreeningOutcome,
  SexExploitationType,
} from './identification-vocabulary.ts';

/** Identity fields: sealed one by one at rest, never in a list, a search result or a report. */
export const sealedPersonFields = [
  'givenNames',
  'familyName',
  'otherNames',
  'birthDate',
  'documents',
  'contacts',
  'addresses',
  'notes',
  'sensitive',
] as const;
export type SealedPersonField = (typeof sealedPersonFields)[number];

export interface PersonIdentity {
  givenNames?: string | null;
  familyName?: string | null;
  otherNames?: string | null;
  /** ISO date (YYYY-MM-DD). */
  birthDate?: string | null;
  documents?: { type: string; number: string; issuingCountry?: string | null }[];
  contacts?: { kind: string; value: string }[];
  addresses?: string[];
  notes?: string | null;
  /** Special-category data (ethnicity, disability): only for roles allowed to reveal it. */
  sensitive?: { ethnicity?: string | null; disability?: string | null } | null;
}

/** A presumed, identified or rejected victim, known everywhere by `code`. */
export interface Person {
  id: string;
  code: string;
  /** The organisation that registered the person (owner of the record). */
  organisationId: string;
  gender: Gender;
  birthYear: number | null;
  ageBand: AgeBand | null;
  childAtIdentification: boolean | null;
  citizenships: string[];
  languages: string[];
  status: IdentificationStatus;
  /** Who made the decision behind `status` (null while only presumed by screening). */
  statusBodyType: DecidingBodyType | null;
  statusDecidedAt: Date | null;
  /** Whether any state body has decided on this person (NGO-only identifications are flagged). */
  stateDecided: boolean;
  firstScreenedAt: Date | null;
  /** When the first formal decision is due (from the screening and the configured deadline). */
  decisionDueAt: Date | null;
  sealed: Partial<Record<SealedPersonField, string | null>>;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Screening {
  id: string;
  personId: string;
  organisationId: string;
  screenerUserId: string;
  listKey: string;
  listVersion: number;
  /** How sure the list version was, when this screening used it (listStatusOf at the time). */
  listStatus: ProvenanceStatus;
  population: 'adult' | 'child';
  answers: ScreeningAnswer[];
  /** The computed recommendation with its reasons, as scored when recorded. */
  result: { recommendation: string; reasons: unknown[]; dimensions: unknown[] };
  outcome: ScreeningOutcome;
  /** Required when the screener's outcome differs from the recommendation. */
  outcomeReason: string | null;
  screenedAt: Date;
  recordedAt: Date;
}

export interface Exploitation {
  personId: string;
  forms: ExploitationForm[];
  /** ISIC rev.4 section letter. */
  industry: string | null;
  /** HTCDS types of sexual exploitation; only with the form SexualExploitation. */
  sexExploitationTypes: SexExploitationType[];
  meansOfControl: MeansOfControl[];
  recruitmentMethods: RecruitmentMethod[];
  recruiterRelationship: RecruiterRelationship | null;
  recruitmentCountries: string[];
  transitCountries: string[];
  exploitationCountries: string[];
  periodFrom: string | null;
  periodTo: string | null;
  childAtExploitation: boolean | null;
  updatedBy: string;
  updatedAt: Date;
}

export interface IdentificationDecision {
  id: string;
  personId: string;
  outcome: 'identified' | 'not_victim';
  decidingOrganisationId: string;
  decidingBodyType: DecidingBodyType;
  /** The date the body decided (may precede recording). */
  decidedOn: string;
  groundsSealed: string | null;
  /** The decision this one reconsiders, if any. */
  reconsiders: string | null;
  recordedBy: string;
  recordedAt: Date;
}
