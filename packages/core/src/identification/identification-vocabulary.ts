/**
 * Value sets of identification, aligned with HTCDS 2.0 (docs/standards/htcds.md) so records export
 * without translation tables; our additions are marked. Pure data: the web app uses it too.
 */
export const genders = [
  'Feminine',
  'Masculine',
  'TransgenderFeminine',
  'TransgenderMasculine',
  'NonConforming',
  'NonSpecifiedUnknown',
] as const;
export type Gender = (typeof genders)[number];

/** Age bands for when only an approximate age is known (reports use these too). */
export const ageBands = [
  '0-8',
  '9-11',
  '12-14',
  '15-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
] as const;
export type AgeBand = (typeof ageBands)[number];

/** HTCDS TypeOfExploitation plus two the field reports apart: ForcedCriminality, DomesticServitude. */
export const exploitationForms = [
  'ForcedLabour',
  'SexualExploitation',
  'ChildLabour',
  'ForcedMarriage',
  'Servitude',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'ForcedBegging',
  'ForcedAdoption',
  'Surrogacy',
  'ForcedCriminality',
  'DomesticServitude',
  'Other',
] as const;
export type ExploitationForm = (typeof exploitationForms)[number];

/** ISIC rev.4 sections. */
export const isicSections = 'ABCDEFGHIJKLMNOPQRSTU'.split('') as readonly string[];

export const meansOfControl = [
  'PhysicalThreats',
  'ThreatsLawEnforcement',
  'ThreatensChildrenFamily',
  'DebtBondage',
  'FalsePromises',
  'PhysicalAbuse',
  'SexualAbuse',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'RestrictsMedicalCare',
  'WithholdsNecessities',
  'PsychologicalAbuse',
  'PsychoactiveSubstance',
  'ExcessiveWorkingHours',
  'WithholdsDocuments',
  'Other',
] as const;
export type MeansOfControl = (typeof meansOfControl)[number];

export const recruitmentMethods = [
  'AtAPlaceOfBusiness',
  'AtAnEducationalInstitution',
  'AtWork',
  'ThroughOnlineSocialNetworks',
  'ThroughAnOnlineAdvertisement',
  'ThroughATelevisionAdvert',
  'ThroughANewspaperAdvert',
  'ThroughFamilyOrFamilyEvents',
  'ThroughFriendsOrSocialEvents',
  'Other',
] as const;
export type RecruitmentMethod = (typeof recruitmentMethods)[number];

/**
 * HTCDS vic_TypeOfSexExploitation, its codes exactly (checked against IOM's field standard file);
 * recorded only with the form SexualExploitation.
 */
export const sexExploitationTypes = [
  'Prostitution',
  'Pornography',
  'RemoteInteractiveServices',
  'PrivateSexualServices',
] as const;
export type SexExploitationType = (typeof sexExploitationTypes)[number];

/**
 * HTCDS vic_RelationshipToTrafficker plus IntimatePartner, which CTDC counts apart (an intimate
 * partner is an acquaintance to HTCDS, and is exported as one).
 */
export const recruiterRelationships = ['Familial', 'Acquainted', 'Unacquainted', 'IntimatePartner'] as const;
export type RecruiterRelationship = (typeof recruiterRelationships)[number];

/** HTCDS vic_TraffickingStatus, in our words. */
export const identificationStatuses = ['presumed', 'identified', 'not_victim'] as const;
export type IdentificationStatus = (typeof identificationStatuses)[number];

/** HTCDS vic_TraffickingStatusDecisionMakingOrg. */
export const decidingBodyTypes = [
  'Police',
  'NGO',
  'CourtOrProsecution',
  'NonPoliceGovernmentalOrganization',
  'Other',
] as const;
export type DecidingBodyType = (typeof decidingBodyTypes)[number];

/** Bodies whose decision makes a person "decided by the state" (no longer NGO-only). */
export const stateDecidingBodyTypes: readonly DecidingBodyType[] = [
  'Police',
  'CourtOrProsecution',
  'NonPoliceGovernmentalOrganization',
];

export const screeningOutcomes = ['presumed_victim', 'not_presumed', 'inconclusive'] as const;
export type ScreeningOutcome = (typeof screeningOutcomes)[number];
