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

/**
 * Fields of the templates OpenNRM does not take from a row, and why: each filled one is named in
 * the import's report, never dropped silently.
 */
export const htcdsFieldsNotStored: Readonly<Record<string, string>> = {
  prs_Salutation: 'OpenNRM keeps no salutation.',
  prs_Title: 'OpenNRM keeps no job title for a victim.',
  cas_CaseOwner: 'The importing organisation owns the case; OpenNRM assigns its own case workers.',
  con_Consent:
    'A consent in OpenNRM names its purposes, the organisations it covers, how and when it was given: record it in the consents sheet.',
  vic_TraffickingStatus:
    'Not adopted: a decision in OpenNRM is made and dated by one of its bodies (decisions sheet). The person starts as presumed.',
  vic_TraffickingStatusDecisionMakingOrg:
    'Not adopted with the status: a decision in OpenNRM is made and dated by one of its bodies (decisions sheet).',
  cas_Status: 'OpenNRM keeps no case status of another system.',
  cas_ReasonForCaseClosure: 'OpenNRM keeps no case status of another system.',
  cas_ReferringOrganisation:
    'A referral in OpenNRM is between two of its organisations with its date: record it in the referrals sheet.',
  cas_IncomingReferralDate: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_ReferringPrimaryCaseWorker:
    'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_ReasonForIncomingReferral: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_IncomingReferralDetails: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_ReferredOrganisation: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_ReferredPrimaryCaseWorker: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_ReasonForOutgoingReferral: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_OutgoingReferralDate: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
  cas_OutgoingReferralDetails: 'See cas_ReferringOrganisation: referrals come through the referrals sheet.',
};
