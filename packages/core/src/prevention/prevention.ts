import type { PreventionRegion } from './prevention-regions.ts';
import type {
  AwarenessAudience,
  AwarenessChannel,
  AwarenessMaterial,
  HotlineCallerType,
  HotlineChannel,
  HotlineOutcome,
  HotlineTopic,
  OversightKind,
  PreventionLanguage,
  TrainedBodyType,
  TrainingTopic,
} from './prevention-vocabulary.ts';

/** Fields every prevention record carries: who recorded it, and when (not when it happened). */
interface Recorded {
  id: string;
  /** The body that did the work and owns the record. */
  organisationId: string;
  createdBy: string;
  createdAt: Date;
}

/** An awareness-raising activity (TIP: "awareness-raising activities in N cities and districts"). */
export interface AwarenessActivity extends Recorded {
  /** The day it was held (YYYY-MM-DD): what places it in a reporting period. */
  heldOn: string;
  title: string;
  /** A place of the configured list; its region is copied at the time of writing. */
  placeCode: string;
  region: PreventionRegion;
  audience: AwarenessAudience;
  language: PreventionLanguage;
  channel: AwarenessChannel;
  materials: AwarenessMaterial[];
  /** People reached, when known (an estimate for broadcasts). */
  reach: number | null;
  /** Who ran it, as written (the recording body, a partner NGO, an international organisation). */
  organiser: string;
}

export interface TrainingParticipants {
  bodyType: TrainedBodyType;
  participants: number;
}

/** A training of officials: its audience is the body types of its participants. */
export interface OfficialTraining extends Recorded {
  startedOn: string;
  endedOn: string;
  title: string;
  topic: TrainingTopic;
  organiser: string;
  placeCode: string | null;
  participants: TrainingParticipants[];
}

/** Demand reduction or labour-recruitment oversight, with its own measures. */
export interface OversightActivity extends Recorded {
  kind: OversightKind;
  heldOn: string;
  /** The agency, employer or campaign, as written (a business, never a person). */
  subject: string;
  placeCode: string | null;
  /** Inspections carried out (1 for one visit; a campaign may record 0). */
  inspections: number;
  violationsFound: number;
  /** Employers or agencies fined, suspended or closed. */
  employersSanctioned: number;
  licencesRevoked: number;
}

/** One contact with the hotline. Nothing identifies the caller unless they gave it: then sealed. */
export interface HotlineContact extends Recorded {
  /** The moment of the contact, and its local day (what places it in a period). */
  contactedAt: Date;
  contactedOn: string;
  channel: HotlineChannel;
  language: PreventionLanguage;
  callerType: HotlineCallerType;
  topic: HotlineTopic;
  outcome: HotlineOutcome;
  referredToOrganisationId: string | null;
  /** The alert it led to (the hotline's body is a party to it). */
  alertId: string | null;
  /** The person it led to (linking needs the person's own `contribute`; it never opens the record). */
  personId: string | null;
  callerIdentitySealed: string | null;
  notesSealed: string | null;
}

/** The sealed caller identity and notes of a contact are bound to it. */
export function hotlineFieldAad(field: 'caller' | 'notes', contactId: string): string {
  return `hotline.${field}.${contactId}`;
}
