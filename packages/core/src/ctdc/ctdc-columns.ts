import type { CtdcRecord } from './ctdc-record.ts';

/** A single-valued field of the record, parsed by the parser of the same name. */
export type CtdcScalarField =
  | 'year'
  | 'gender'
  | 'ageBand'
  | 'majority'
  | 'citizenship'
  | 'exploitationCountry'
  | 'isForcedLabour'
  | 'isSexualExploit'
  | 'isOtherExploit'
  | 'traffickMonths';

export type CtdcListField = keyof Pick<
  CtdcRecord,
  'means' | 'labourTypes' | 'sexTypes' | 'recruiterRelations'
>;

/** A CTDC column is either a field of its own or one yes/no flag that adds a code to a list. */
export type CtdcColumn = { field: CtdcScalarField } | { list: CtdcListField; code: string };

function flags(list: CtdcListField, prefix: string, codes: Record<string, string>): [string, CtdcColumn][] {
  return Object.entries(codes).map(([suffix, code]) => [`${prefix}${suffix}`, { list, code }]);
}

/** Columns both formats share (names compared in lower case). */
const shared: [string, CtdcColumn][] = [
  ['yearOfRegistration', { field: 'year' }],
  ['gender', { field: 'gender' }],
  ['ageBroad', { field: 'ageBand' }],
  ['citizenship', { field: 'citizenship' }],
  ['CountryOfExploitation', { field: 'exploitationCountry' }],
  ['isForcedLabour', { field: 'isForcedLabour' }],
  ['isSexualExploit', { field: 'isSexualExploit' }],
  ['isOtherExploit', { field: 'isOtherExploit' }],
  ...flags('labourTypes', 'typeOfLabour', {
    Agriculture: 'agriculture',
    Construction: 'construction',
    DomesticWork: 'domestic_work',
    Hospitality: 'hospitality',
  }),
  ...flags('sexTypes', 'typeOfSex', { Prostitution: 'prostitution', Pornography: 'pornography' }),
  ...flags('recruiterRelations', 'recruiterRelation', {
    IntimatePartner: 'intimate_partner',
    Friend: 'friend',
    Family: 'family',
    Other: 'other',
  }),
];

/** Format A (Global Dataset 2017-2020) only. */
const globalOnly: [string, CtdcColumn][] = [
  ['majorityStatus', { field: 'majority' }],
  ...flags('means', 'meansOfControl', {
    DebtBondage: 'debt_bondage',
    TakesEarnings: 'takes_earnings',
    RestrictsFinancialAccess: 'restricts_financial_access',
    Threats: 'threats',
    PsychologicalAbuse: 'psychological_abuse',
    PhysicalAbuse: 'physical_abuse',
    SexualAbuse: 'sexual_abuse',
    FalsePromises: 'false_promises',
    PsychoactiveSubstances: 'psychoactive_substances',
    RestrictsMovement: 'restricts_movement',
    RestrictsMedicalCare: 'restricts_medical_care',
    ExcessiveWorkingHours: 'excessive_working_hours',
    UsesChildren: 'uses_children',
    ThreatOfLawEnforcement: 'threat_of_law_enforcement',
    WithholdsNecessities: 'withholds_necessities',
    WithholdsDocuments: 'withholds_documents',
    Other: 'other',
  }),
  ...flags('labourTypes', 'typeOfLabour', {
    Aquafarming: 'aquafarming',
    Begging: 'begging',
    IllicitActivities: 'illicit_activities',
    Manufacturing: 'manufacturing',
    MiningOrDrilling: 'mining_or_drilling',
    Peddling: 'peddling',
    Transportation: 'transportation',
    Other: 'other',
  }),
  ...flags('sexTypes', 'typeOfSex', {
    RemoteInteractiveServices: 'remote_interactive_services',
    PrivateSexualServices: 'private_sexual_services',
  }),
];

/**
 * Format A columns we know but do not store: concatenations repeat the flags, "NotSpecified" and
 * "Unknown" flags say nothing is known (an empty list already says that), and the rest are not
 * statistics dimensions. They still tell format A apart.
 */
export const globalUnusedColumns = [
  'Datasource',
  'majorityStatusAtExploit',
  'majorityEntry',
  'meansOfControlNotSpecified',
  'meansOfControlConcatenated',
  'isSexAndLabour',
  'isForcedMarriage',
  'isForcedMilitary',
  'isOrganRemoval',
  'isSlaveryAndPractices',
  'typeOfExploitConcatenated',
  'typeOfLabourNotSpecified',
  'typeOfLabourConcatenated',
  'typeOfSexConcatenated',
  'isAbduction',
  'RecruiterRelationship',
  'recruiterRelationUnknown',
];

/** Format B (Global Synthetic Dataset) only: coarser means of control, duration. */
const syntheticOnly: [string, CtdcColumn][] = [
  ['traffickMonths', { field: 'traffickMonths' }],
  ...flags('means', 'means', {
    DebtBondageEarnings: 'debt_bondage_earnings',
    Threats: 'threats',
    AbusePsyPhySex: 'abuse_psychological_physical_sexual',
    FalsePromises: 'false_promises',
    DrugsAlcohol: 'drugs_alcohol',
    DenyBasicNeeds: 'deny_basic_needs',
    ExcessiveWorkHours: 'excessive_working_hours',
    WithholdDocs: 'withholds_documents',
  }),
];

function byLowerName(entries: [string, CtdcColumn][]): Map<string, CtdcColumn> {
  return new Map(entries.map(([name, column]) => [name.toLowerCase(), column]));
}

export const ctdcColumns: ReadonlyMap<string, CtdcColumn> = byLowerName([
  ...shared,
  ...globalOnly,
  ...syntheticOnly,
]);
export const globalOnlyNames: ReadonlySet<string> = new Set(
  [...globalOnly.map(([name]) => name), ...globalUnusedColumns].map((name) => name.toLowerCase()),
);
export const syntheticOnlyNames: ReadonlySet<string> = new Set(
  syntheticOnly.map(([name]) => name.toLowerCase()),
);
