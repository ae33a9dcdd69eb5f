/**
 * CTDC's "Global Synthetic Dataset" (format B, codebook v2 of February 2024): the 27 variables
 * in the codebook's order, which is the order of the CSV header. Every cell is a string; the
 * empty string is "missing", and binary columns are '1' or empty (never 0), as in CTDC's files.
 */
export const ctdcSyntheticColumns = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'traffickMonths',
  'meansDebtBondageEarnings',
  'meansThreats',
  'meansAbusePsyPhySex',
  'meansFalsePromises',
  'meansDrugsAlcohol',
  'meansDenyBasicNeeds',
  'meansExcessiveWorkHours',
  'meansWithholdDocs',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'typeOfLabourAgriculture',
  'typeOfLabourConstruction',
  'typeOfLabourDomesticWork',
  'typeOfLabourHospitality',
  'typeOfSexProstitution',
  'typeOfSexPornography',
  'recruiterRelationIntimatePartner',
  'recruiterRelationFriend',
  'recruiterRelationFamily',
  'recruiterRelationOther',
] as const;
export type CtdcSyntheticColumn = (typeof ctdcSyntheticColumns)[number];

/** One published row; '' = missing. */
export type CtdcSyntheticRow = Record<CtdcSyntheticColumn, string>;

export const ctdcSyntheticGenders = ['Man', 'Woman', 'Trans/Transgender/NonConforming'] as const;
export const ctdcSyntheticAgeBroad = [
  '0--8',
  '9--17',
  '18--20',
  '21--23',
  '24--26',
  '27--29',
  '30--38',
  '39--47',
  '48+',
] as const;
export const ctdcSyntheticTraffickMonths = ['0--12', '13--24', '25+'] as const;

/** The columns that hold only '1' or ''. */
export const ctdcSyntheticBinaryColumns: readonly CtdcSyntheticColumn[] = ctdcSyntheticColumns.filter((c) =>
  /^(means|is|typeOf|recruiterRelation)/.test(c),
);

/** A row with every cell missing, to fill in. */
export function emptyCtdcSyntheticRow(): CtdcSyntheticRow {
  return Object.fromEntries(ctdcSyntheticColumns.map((c) => [c, ''])) as CtdcSyntheticRow;
}

/**
 * The order in which k-anonymisation blanks columns, least useful to a reader first: the detail
 * flags (recruiter, means, type of sex/labour) before the duration and the countries, then age,
 * the forms of exploitation, gender, and the year last (without it a row cannot be placed in a
 * release at all). Every column is listed: all of them are quasi-identifiers.
 */
export const ctdcSuppressionOrder: readonly CtdcSyntheticColumn[] = [
  'recruiterRelationIntimatePartner',
  'recruiterRelationFriend',
  'recruiterRelationFamily',
  'recruiterRelationOther',
  'meansDebtBondageEarnings',
  'meansThreats',
  'meansAbusePsyPhySex',
  'meansFalsePromises',
  'meansDrugsAlcohol',
  'meansDenyBasicNeeds',
  'meansExcessiveWorkHours',
  'meansWithholdDocs',
  'typeOfSexProstitution',
  'typeOfSexPornography',
  'typeOfLabourAgriculture',
  'typeOfLabourConstruction',
  'typeOfLabourDomesticWork',
  'typeOfLabourHospitality',
  'traffickMonths',
  'CountryOfExploitation',
  'citizenship',
  'ageBroad',
  'isOtherExploit',
  'isForcedLabour',
  'isSexualExploit',
  'gender',
  'yearOfRegistration',
];
