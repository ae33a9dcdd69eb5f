/**
 * The fields of IOM's HTCDS 2.0 templates and XLSForm, under the names the field standard gives
 * them, with the labels the templates show and the other spellings files carry: the templates'
 * hidden row misspells one name, the XLSForm writes three differently, Kobo prefixes group paths.
 */
export const htcdsTemplateFields: readonly (readonly [name: string, label: string])[] = [
  ['cas_CaseOwner', 'Case Owner'],
  ['prs_Salutation', 'Salutation'],
  ['prs_FirstName', 'First Name'],
  ['prs_MiddleName', 'Middle Name'],
  ['prs_SecondName', 'Second Name'],
  ['con_Consent', 'Consent'],
  ['prs_Birthdate', 'Birthdate'],
  ['prs_Gender', 'Gender'],
  ['prs_Citizenship', 'Citizenship'],
  ['prs_Title', 'Title'],
  ['prs_IdentityNumber', 'Identity Number'],
  ['prs_Email', 'Email'],
  ['prs_HomePhone', 'Home Phone'],
  ['prs_MobilePhone', 'Mobile Phone'],
  ['prs_MailingStreet', 'Mailing Street'],
  ['prs_MailingCity', 'Mailing City'],
  ['prs_MailingState', 'Mailing State/Province'],
  ['prs_MailingPostalCode', 'Mailing Zip/Postal Code'],
  ['prs_MailingCountry', 'Mailing Country'],
  ['prs_PrimaryLanguage', 'Primary Language'],
  ['prs_SecondaryLanguage', 'Secondary Language'],
  ['vic_TraffickingStatus', 'Trafficking Status'],
  ['vic_TraffickingStatusDecisionMakingOrg', 'Trafficking Status Decision Making Organization'],
  ['vic_RelationshipToTrafficker', 'Relationship to Trafficker'],
  ['vic_MethodOfRecruitment', 'Method of Recruitment'],
  ['vic_LocationOfRecruitment', 'Location of Recruitment'],
  ['vic_MethodsOfControl', 'Methods of Control'],
  ['vic_TypeOfExploitation', 'Type of Exploitation'],
  ['vic_ForcedLabourIndustry', 'Forced Labour Industry'],
  ['vic_TypeOfSexExploitation', 'Type of Sex Exploitation'],
  ['vic_LocationOfExploitation', 'Location of Exploitation'],
  ['cas_Status', 'Status'],
  ['cas_ReferringOrganisation', 'Referring Organisation'],
  ['cas_IncomingReferralDate', 'Incoming Referral Date'],
  ['cas_ReferringPrimaryCaseWorker', 'Referring Primary Case Worker'],
  ['cas_ReasonForIncomingReferral', 'Reason for Incoming Referral'],
  ['cas_IncomingReferralDetails', 'Incoming Referral Details'],
  ['cas_ReferredOrganisation', 'Referred Organisation'],
  ['cas_ReferredPrimaryCaseWorker', 'Referred Primary Case Worker'],
  ['cas_ReasonForOutgoingReferral', 'Reason for Outgoing Referral'],
  ['cas_OutgoingReferralDate', 'Outgoing Referral Date'],
  ['cas_OutgoingReferralDetails', 'Outgoing Referral Details'],
  ['cas_ReasonForCaseClosure', 'Reason for Case Closure'],
];

/** Other spellings of a field name, by what they are lowered and stripped to. */
const misspellings: Record<string, string> = {
  victraffickinstatusdecisionmakingorg: 'vic_TraffickingStatusDecisionMakingOrg',
};

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
const byName = new Map<string, string>();
const byLabel = new Map<string, string>();
for (const [name, label] of htcdsTemplateFields) {
  byName.set(squash(name), name);
  byLabel.set(squash(label), name);
}
for (const [spelling, name] of Object.entries(misspellings)) byName.set(spelling, name);
/** Standard fields in no template (perpetrator, support plan): recognised by name, to be named as not kept. */
export const htcdsOtherFields = [
  'per_RoleInProcess',
  'per_RoleDetails',
  'spl_Type',
  'spl_Objectives',
  'spl_ActionPlan',
  'spl_PlannedEndDate',
  'spl_ActualEndDate',
] as const;
for (const name of htcdsOtherFields) byName.set(squash(name), name);

/**
 * The standard's name of a column header: a field name however spelt (prs_First_Name,
 * vic_Methods_of_Control, group/prs_Gender) or a template label ("First Name"). Null otherwise.
 */
export function htcdsFieldOf(header: string): string | null {
  const last = header.split('/').pop() ?? header;
  return byName.get(squash(last)) ?? byLabel.get(squash(header)) ?? null;
}

/** A template label ("Mailing Street") as its field; labels only, for the templates' label row. */
export function htcdsFieldOfLabel(label: string): string | null {
  return byLabel.get(squash(label)) ?? null;
}

const incoming =
  "An incoming referral in OpenNRM is the sending body's own act, recorded by it with what it shared and on which consent: an import acting for your organisation cannot record that another body sent you this person. The HTCDS export writes the referrals OpenNRM holds.";
const outgoing =
  'An OpenNRM referral asks a named body for named services, which must answer it by a deadline, and carries identity only on a recorded consent; the row says neither the services nor the answer. Record it in the referrals sheet (recipient, services, sent_on, response): it is sent as your organisation.';
const perpetrator =
  "A perpetrator in OpenNRM is a defendant of a criminal case, recorded by the investigating or prosecuting body with a sealed name: a case file, often an NGO's, can neither create a defendant nor attach an allegation to a criminal case it has no right to see (and the export never writes defendants: their names are sealed from the victim's readers).";
const plan =
  'A support plan is what was planned (type, objectives, action, planned end). OpenNRM records services delivered, by the body that delivered them and on the day, and the annual report counts them: a plan says neither what was delivered, nor by whom, nor when it began. Record deliveries in the services sheet.';

/**
 * Fields of the templates OpenNRM does not take from a row, and why: each filled one is named in
 * the import's report, never dropped silently. The perpetrator and support-plan fields are in no
 * template, but the standard's other forms (and Kobo exports of them) may carry them.
 */
export const htcdsFieldsNotStored: Readonly<Record<string, string>> = {
  prs_Salutation: 'OpenNRM keeps no salutation.',
  prs_Title: 'OpenNRM keeps no job title for a victim.',
  cas_CaseOwner: 'The importing organisation owns the case; OpenNRM assigns its own case workers.',
  con_Consent:
    "HTCDS's consent is a yes or no to the interview. An OpenNRM consent names its purposes (sharing identity with named bodies, services, telephone contact), how and when it was given, and opens the record to other bodies: a yes to an interview grants none of these. Record consents in the consents sheet.",
  vic_TraffickingStatus:
    'Not adopted: a decision in OpenNRM is made and dated by one of its bodies (decisions sheet). The person starts as presumed.',
  vic_TraffickingStatusDecisionMakingOrg:
    'Not adopted with the status: a decision in OpenNRM is made and dated by one of its bodies (decisions sheet).',
  cas_Status: 'OpenNRM keeps no case status of another system.',
  cas_ReasonForCaseClosure: 'OpenNRM keeps no case status of another system.',
  cas_ReferringOrganisation: incoming,
  cas_IncomingReferralDate: incoming,
  cas_ReferringPrimaryCaseWorker: incoming,
  cas_ReasonForIncomingReferral: incoming,
  cas_IncomingReferralDetails: incoming,
  cas_ReferredOrganisation: outgoing,
  cas_ReferredPrimaryCaseWorker: outgoing,
  cas_ReasonForOutgoingReferral: outgoing,
  cas_OutgoingReferralDate: outgoing,
  cas_OutgoingReferralDetails: outgoing,
  per_RoleInProcess: perpetrator,
  per_RoleDetails: perpetrator,
  spl_Type: plan,
  spl_Objectives: plan,
  spl_ActionPlan: plan,
  spl_PlannedEndDate: plan,
  spl_ActualEndDate: plan,
};
