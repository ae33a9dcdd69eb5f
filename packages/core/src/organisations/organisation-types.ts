/**
 * Organisation types of a national referral mechanism. The first column is ours; `htcds` maps
 * each to the closest HTCDS org_Type (docs/standards/htcds.md) so exports speak the field's standard.
 */
export const organisationTypes = [
  'police',
  'prosecution',
  'court',
  'migration_service',
  'labour_inspectorate',
  'child_protection',
  'victim_assistance_centre',
  'shelter',
  'ngo',
  'hotline',
  'coordinator',
  'international_organisation',
  'other_public_body',
  'system_operator',
] as const;

export type OrganisationType = (typeof organisationTypes)[number];

export const htcdsOrganisationType: Record<OrganisationType, string> = {
  police: 'LawEnforcement',
  prosecution: 'LegalService',
  court: 'LegalService',
  migration_service: 'ImmigrationService',
  labour_inspectorate: 'CentralGovernmentOrganisation',
  child_protection: 'CentralGovernmentOrganisation',
  victim_assistance_centre: 'CentralGovernmentOrganisation',
  shelter: 'NGO',
  ngo: 'NGO',
  hotline: 'NGO',
  coordinator: 'CentralGovernmentOrganisation',
  international_organisation: 'NGO',
  other_public_body: 'LocalGovernmentOrganisation',
  system_operator: 'CentralGovernmentOrganisation',
};

/** Civil society: their identifications count, and are reported as NGO identifications. */
export const nonStateOrganisationTypes: readonly OrganisationType[] = [
  'ngo',
  'shelter',
  'hotline',
  'international_organisation',
];

/** Whether a decision by this kind of body counts as a state decision (vs an NGO one). */
export function isStateBody(type: OrganisationType): boolean {
  return !nonStateOrganisationTypes.includes(type);
}
