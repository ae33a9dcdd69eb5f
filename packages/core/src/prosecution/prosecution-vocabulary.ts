/**
 * Value sets of the prosecution module (criminal cases, defendants, their stages). Pure data:
 * the web app reaches it through @opennrm/contracts/vocabulary.
 */

/** Which body opened the criminal case. */
export const openingBodies = [
  'police_anti_trafficking',
  'police_other',
  'prosecutor',
  'labour_inspectorate_referral',
  'other',
] as const;
export type OpeningBody = (typeof openingBodies)[number];

/** The victim's part in the case. */
export const caseVictimRoles = ['victim', 'victim_witness'] as const;
export type CaseVictimRole = (typeof caseVictimRoles)[number];

/** Measures protecting a victim who takes part in proceedings. */
export const protectionMeasures = [
  'anonymity',
  'testimony_by_video',
  'separate_waiting_room',
  'police_protection',
  'relocation',
  'legal_aid',
  'other',
] as const;
export type ProtectionMeasure = (typeof protectionMeasures)[number];

/** A suspect is a person, or a company (the legal person that forced migrants to work). */
export const defendantKinds = ['natural_person', 'company'] as const;
export type DefendantKind = (typeof defendantKinds)[number];

export const defendantSexes = ['female', 'male', 'unknown'] as const;
export type DefendantSex = (typeof defendantSexes)[number];

export const defendantAgeBands = ['under_18', '18-29', '30-44', '45-59', '60+', 'unknown'] as const;
export type DefendantAgeBand = (typeof defendantAgeBands)[number];

/**
 * The stages of one defendant, in order. Each is recorded with the day it happened; a later
 * stage is never dated before an earlier one.
 */
export const defendantStages = [
  'investigated',
  'charged',
  'trial',
  'verdict',
  'sentence',
  'appeal',
  'final',
] as const;
export type DefendantStage = (typeof defendantStages)[number];

/**
 * Which stage may follow which, per defendant. A verdict may come without a trial (a case closed
 * or dismissed during the investigation); a sentence follows a conviction; after an appeal the
 * court may give a new verdict or a new sentence; a sentence may be replaced after the judgment
 * is final too (a later reduction). A replaced sentence stays in the stages as history.
 */
export const nextStages: Readonly<Record<DefendantStage, readonly DefendantStage[]>> = {
  investigated: ['charged', 'verdict'],
  charged: ['trial', 'verdict'],
  trial: ['verdict'],
  verdict: ['sentence', 'appeal', 'final'],
  sentence: ['appeal', 'final'],
  appeal: ['verdict', 'sentence', 'final'],
  final: ['sentence'],
};

/** The outcome of a verdict stage: a court's judgment, or the case dropped before one. */
export const verdicts = ['convicted', 'acquitted', 'dismissed', 'closed'] as const;
export type Verdict = (typeof verdicts)[number];

/** Why a case was closed without a judgment. */
export const closeReasons = [
  'insufficient_evidence',
  'no_crime',
  'suspect_not_found',
  'statute_of_limitations',
  'requalified',
  'other',
] as const;
export type CloseReason = (typeof closeReasons)[number];

/** Measures against a complicit official beside the criminal ones. */
export const administrativeMeasures = ['dismissal', 'suspension', 'demotion', 'reprimand', 'other'] as const;
export type AdministrativeMeasure = (typeof administrativeMeasures)[number];

/**
 * How a victim was penalised for what they were compelled to do (the non-punishment principle,
 * Council of Europe Convention art. 26).
 */
export const victimPenalties = ['arrested', 'fined', 'prosecuted', 'deported'] as const;
export type VictimPenalty = (typeof victimPenalties)[number];

/** What a party may do to a criminal case (policy/case-access-policy.ts has the table). */
export const caseRecordActions = [
  'read',
  'update',
  'record_stage',
  'reveal_identity',
  /** Lift the complicity flag: it narrows who sees the case, so lifting it widens access. */
  'clear_complicity',
] as const;
export type CaseRecordAction = (typeof caseRecordActions)[number];
