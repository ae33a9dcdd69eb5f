/**
 * The HTCDS 2.0 field standard's picklists, as IOM's field standard file spells them: each value
 * as [code, label]. Exports write codes; imports take codes or labels (the templates show labels).
 * A test reads the standard's own file and fails on any difference, so a typo cannot pass.
 */
export const htcdsPicklists = {
  prs_Gender: [
    ['Feminine', 'Feminine'],
    ['Masculine', 'Masculine'],
    ['TransgenderFeminine', 'Transgender Feminine'],
    ['TransgenderMasculine', 'Transgender Masculine'],
    ['NonConforming', 'Non-Conforming'],
    ['NonSpecifiedUnknown', 'Not Specified/Unknown'],
  ],
  vic_TraffickingStatus: [
    ['PossibleVictimOfTrafficking', 'Possible victim of trafficking'],
    ['ActualVictimOfTrafficking', 'Actual victim of trafficking'],
    ['NotAVictimOfTrafficking', 'Not a victim of trafficking'],
  ],
  vic_TraffickingStatusDecisionMakingOrg: [
    ['Police', 'Police'],
    ['NGO', 'NGO'],
    ['CourtOrProsecution', 'Court or prosecution'],
    ['NonPoliceGovernmentalOrganization', 'Non-police governmental organization'],
    ['Other', 'Other'],
  ],
  vic_RelationshipToTrafficker: [
    ['Familial', 'Familial'],
    ['Acquainted', 'Acquainted'],
    ['Unaquainted', 'Unaquainted'],
  ],
  vic_MethodOfRecruitment: [
    ['AtAPlaceOfBusiness', 'At a place of business'],
    ['AtAnEducationalInstitution', 'At an educational institution'],
    ['AtWork', 'At work'],
    ['ThroughOnlineSocialNetworks', 'Through online social networks'],
    ['ThroughAnOnlineAdvertisement', 'Through an online advertisement'],
    ['ThroughATelevisionAdvert', 'Through a television advert'],
    ['ThroughANewspaperAdvert', 'Through a newspaper advert'],
    ['ThroughFamilyOrFamilyEvents', 'Through family or family events'],
    ['ThroughFriendsOrSocialEvents', 'Through friends or social events'],
    ['Other', 'Other'],
  ],
  vic_MethodsOfControl: [
    ['PhysicalThreats', 'Physical threats'],
    ['ThreatsLawEnforcement', 'Threats of law enforcement'],
    ['ThreatensChildrenFamily', 'Threatens children/family'],
    ['DebtBondage', 'Debt bondage'],
    ['FalsePromises', 'False promises'],
    ['PhysicalAbuse', 'Physical abuse'],
    ['SexualAbuse', 'Sexual abuse'],
    ['TakesEarnings', 'Takes earnings'],
    ['RestrictsFinancialAccess', 'Restricts financial access'],
    ['RestrictsMedicalCare', 'Restricts medical care'],
    ['WithholdsNecessities', 'Withholds necessities'],
    ['PsychologicalAbuse', 'Psychological abuse'],
    ['PsychoactiveSubstance', 'Psychoactive substance'],
    ['ExcessiveWorkingHours', 'Excessive working hours'],
    ['WithholdsDocuments', 'Withholds documents'],
    ['Other', 'Other'],
  ],
  vic_TypeOfExploitation: [
    ['ForcedLabour', 'Forced labour'],
    ['SexualExploitation', 'Sexual exploitation'],
    ['ChildLabour', 'Child labour'],
    ['ForcedMarriage', 'Forced marriage'],
    ['Servitude', 'Servitude'],
    ['ForcedMilitaryByNonStateActors', 'Forced military (by non-state actors)'],
    ['OrganRemoval', 'Organ removal'],
    ['ForcedBegging', 'Forced begging'],
    ['ForcedAdoption', 'Forced adoption'],
    ['Surrogacy', 'Surrogacy'],
    ['Other', 'Other'],
  ],
  vic_ForcedLabourIndustry: [
    ['A_AgricultureForestryAndFishing', 'Agriculture, forestry and fishing'],
    ['B_MiningAndQuarrying', 'Mining and quarrying'],
    ['C_Manufacturing', 'Manufacturing'],
    ['D_ElectricityGasSteamAndAirConditioningSupply', 'Electricity, gas, steam and air conditioning supply'],
    ['E_WaterSupplySewerageWasteManagement', 'Water supply; sewerage, waste management and remediation'],
    ['F_Construction', 'Construction'],
    [
      'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
      'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    ],
    ['H_TransportationAndStorage', 'Transportation and storage'],
    ['I_AccommodationAndFoodServiceActivities', 'Accommodation and food service activities'],
    ['J_InformationAndCommunication', 'Information and communication'],
    ['K_FinancialAndInsuranceActivities', 'Financial and insurance activities'],
    ['L_RealEstateActivities', 'Real estate activities'],
    ['M_ProfessionalScientificAndTechnicalActivities', 'Professional, scientific and technical activities'],
    ['N_AdministrativeAndSupportServiceActivities', 'Administrative and support service activities'],
    ['O_PublicAdministrationAndDefence', 'Public administration and defence; compulsory social security'],
    ['P_Education', 'Education'],
    ['Q_HumanHealthAndSocialWorkActivities', 'Human health and social work activities'],
    ['R_ArtsEntertainmentAndRecreation', 'Arts, entertainment and recreation'],
    ['S_OtherServiceActivities', 'Other service activities'],
    [
      'T_ActivitiesOfHouseholdsAsEmployers',
      'Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use',
    ],
    [
      'U_ActivitiesOfExtraterritorialOrganizations',
      'Activities of extraterritorial organizations and bodies',
    ],
  ],
  vic_TypeOfSexExploitation: [
    ['Prostitution', 'Prostitution'],
    ['Pornography', 'Pornography'],
    ['RemoteInteractiveServices', 'Remote Interactive Services'],
    ['PrivateSexualServices', 'Private Sexual Services'],
  ],
  cas_Status: [
    ['Active', 'Active'],
    ['FollowUp', 'Follow Up'],
    ['Closed', 'Closed'],
    ['ClosedReferred', 'Closed Referred'],
  ],
  cas_ReasonForIncomingReferral: [
    ['AdditionalServicesRequired', 'Additional Services Required'],
    ['MigrationOrChangeOfLocation', 'Migration or Change of Location'],
    ['Other', 'Other'],
  ],
  cas_ReasonForOutgoingReferral: [
    ['AdditionalServicesRequired', 'Additional Services Required'],
    ['MigrationOrChangeOfLocation', 'Migration or Change of Location'],
    ['Other', 'Other'],
  ],
  hte_Type: [
    ['Recruitment', 'Recruitment'],
    ['Transit', 'Transit'],
    ['Exploitation', 'Exploitation'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

export type HtcdsPicklistField = keyof typeof htcdsPicklists;

/** The codes of one picklist. */
export function htcdsCodes(field: HtcdsPicklistField): string[] {
  return htcdsPicklists[field].map(([code]) => code);
}

/**
 * Every field name an export writes, with its place in the standard: the person and victim context
 * (prs_, vic_), consent (con_), case and referral (cas_) and trafficking events (hte_).
 */
export const htcdsRecordFields = [
  'prs_FirstName',
  'prs_MiddleName',
  'prs_SecondName',
  'prs_Birthdate',
  'prs_Gender',
  'prs_Citizenship',
  'prs_IdentityNumber',
  'prs_Email',
  'prs_HomePhone',
  'prs_MobilePhone',
  'prs_MailingStreet',
  'prs_PrimaryLanguage',
  'prs_SecondaryLanguage',
  'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg',
  'vic_RelationshipToTrafficker',
  'vic_AgeWhenTrafficked',
  'vic_MethodOfRecruitment',
  'vic_LocationOfRecruitment',
  'vic_MethodsOfControl',
  'vic_TypeOfExploitation',
  'vic_ForcedLabourIndustry',
  'vic_LocationOfExploitation',
  'con_Consent',
] as const;

export const htcdsEventFields = ['hte_Type', 'hte_Country', 'hte_Date'] as const;
