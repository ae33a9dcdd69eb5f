import type {
  ExploitationForm,
  Gender,
  MeansOfControl,
  RecruiterRelationship,
  SexExploitationType,
} from '../identification/identification-vocabulary.ts';
import type { CtdcSyntheticColumn } from './ctdc-synthetic-columns.ts';

/**
 * Our vocabulary (HTCDS 2.0) -> CTDC format B, as faithfully as the two allow. Where CTDC has no
 * column for one of our values, the value sets no flag: a 1 always means what CTDC's codebook says.
 */

/** NonSpecifiedUnknown -> missing. CTDC's Man/Woman include boys and girls. */
export const ctdcExportGender: Record<Gender, string> = {
  Feminine: 'Woman',
  Masculine: 'Man',
  TransgenderFeminine: 'Trans/Transgender/NonConforming',
  TransgenderMasculine: 'Trans/Transgender/NonConforming',
  NonConforming: 'Trans/Transgender/NonConforming',
  NonSpecifiedUnknown: '',
};

/**
 * Forms -> CTDC's three flags. Forced begging and forced criminality count as forced labour
 * because CTDC's own codebook does (its labour types include Begging and IllicitActivities).
 * Marriage, military, organ removal, adoption, surrogacy and Other are CTDC's "other exploitation".
 */
export const ctdcExportFormFlag: Record<ExploitationForm, CtdcSyntheticColumn> = {
  SexualExploitation: 'isSexualExploit',
  ForcedLabour: 'isForcedLabour',
  ChildLabour: 'isForcedLabour',
  DomesticServitude: 'isForcedLabour',
  Servitude: 'isForcedLabour',
  ForcedBegging: 'isForcedLabour',
  ForcedCriminality: 'isForcedLabour',
  ForcedMarriage: 'isOtherExploit',
  ForcedMilitaryByNonStateActors: 'isOtherExploit',
  OrganRemoval: 'isOtherExploit',
  ForcedAdoption: 'isOtherExploit',
  Surrogacy: 'isOtherExploit',
  Other: 'isOtherExploit',
};

/**
 * Means of control -> CTDC's eight grouped columns (codebook v2 groups the 2017-2020 columns the
 * same way). 'Other' has no column in format B.
 */
export const ctdcExportMeansColumn: Record<MeansOfControl, CtdcSyntheticColumn | null> = {
  DebtBondage: 'meansDebtBondageEarnings',
  TakesEarnings: 'meansDebtBondageEarnings',
  RestrictsFinancialAccess: 'meansDebtBondageEarnings',
  PhysicalThreats: 'meansThreats',
  ThreatsLawEnforcement: 'meansThreats',
  ThreatensChildrenFamily: 'meansThreats',
  PhysicalAbuse: 'meansAbusePsyPhySex',
  SexualAbuse: 'meansAbusePsyPhySex',
  PsychologicalAbuse: 'meansAbusePsyPhySex',
  FalsePromises: 'meansFalsePromises',
  PsychoactiveSubstance: 'meansDrugsAlcohol',
  WithholdsNecessities: 'meansDenyBasicNeeds',
  RestrictsMedicalCare: 'meansDenyBasicNeeds',
  ExcessiveWorkingHours: 'meansExcessiveWorkHours',
  WithholdsDocuments: 'meansWithholdDocs',
  Other: null,
};

/**
 * ISIC rev.4 section -> CTDC labour type, only for forced labour: A agriculture, forestry and
 * fishing; F construction; T households as employers; I accommodation and food service. Other
 * sections have no column.
 */
export const ctdcExportLabourColumn: Readonly<Record<string, CtdcSyntheticColumn>> = {
  A: 'typeOfLabourAgriculture',
  F: 'typeOfLabourConstruction',
  T: 'typeOfLabourDomesticWork',
  I: 'typeOfLabourHospitality',
};

/**
 * HTCDS type of sexual exploitation -> CTDC format B, only for sexual exploitation. Format B kept
 * two of format A's four columns; remote interactive and private sexual services have none.
 */
export const ctdcExportSexColumn: Record<SexExploitationType, CtdcSyntheticColumn | null> = {
  Prostitution: 'typeOfSexProstitution',
  Pornography: 'typeOfSexPornography',
  RemoteInteractiveServices: null,
  PrivateSexualServices: null,
};

/**
 * Our relationship to the recruiter -> CTDC's. Acquainted (known to the victim, not family, not a
 * partner) is published as Friend, CTDC's column for a recruiter the victim knew outside the
 * family; an intimate partner as IntimatePartner. Unacquainted (a stranger) is CTDC's Other.
 */
export const ctdcExportRecruiterColumn: Record<RecruiterRelationship, CtdcSyntheticColumn> = {
  Familial: 'recruiterRelationFamily',
  Acquainted: 'recruiterRelationFriend',
  Unacquainted: 'recruiterRelationOther',
  IntimatePartner: 'recruiterRelationIntimatePartner',
};
