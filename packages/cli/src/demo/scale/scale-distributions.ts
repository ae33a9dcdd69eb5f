import type { AgeBand, ExploitationForm, Gender, MeansOfControl, RecruitmentMethod } from '@opennrm/core';
import { weights } from './seeded-random.ts';

/**
 * The shape of the synthetic country: plausible shares for a national referral mechanism in
 * the region (mostly women and girls, sexual exploitation and forced labour, Türkiye, the UAE
 * and Russia as destinations, Central Asian foreigners). Invented for benchmarks, not statistics.
 */
export const genderWeights = weights<Gender>([
  ['Feminine', 68],
  ['Masculine', 29],
  ['TransgenderFeminine', 0.4],
  ['TransgenderMasculine', 0.2],
  ['NonConforming', 0.4],
  ['NonSpecifiedUnknown', 2],
]);

export const childShare = 0.2;
export const unknownAgeShare = 0.03;

export const childBands = weights<AgeBand>([
  ['0-8', 10],
  ['9-11', 15],
  ['12-14', 30],
  ['15-17', 45],
]);

export const adultBands = weights<AgeBand>([
  ['18-20', 18],
  ['21-23', 17],
  ['24-26', 15],
  ['27-29', 12],
  ['30-38', 22],
  ['39-47', 11],
  ['48+', 5],
]);

/** Foreign citizenships and the languages their holders speak. */
export const foreignCitizenships = weights<string>([
  ['UZ', 20],
  ['TJ', 15],
  ['RU', 10],
  ['GE', 8],
  ['IR', 8],
  ['KG', 8],
  ['TM', 6],
  ['TR', 5],
  ['UA', 5],
  ['AF', 4],
  ['KZ', 4],
  ['PK', 3],
  ['IN', 2],
  ['CN', 2],
]);

export const languagesOf: Record<string, string[]> = {
  UZ: ['uz', 'ru'],
  TJ: ['tg', 'ru'],
  RU: ['ru'],
  GE: ['ka'],
  IR: ['fa'],
  KG: ['ky', 'ru'],
  TM: ['tk'],
  TR: ['tr'],
  UA: ['uk', 'ru'],
  AF: ['ps', 'fa'],
  KZ: ['kk', 'ru'],
  PK: ['ur'],
  IN: ['hi'],
  CN: ['zh'],
};

/** Destinations of citizens trafficked abroad. */
export const destinations = weights<string>([
  ['TR', 35],
  ['AE', 25],
  ['RU', 20],
  ['IR', 5],
  ['GE', 3],
  ['KZ', 3],
  ['MY', 3],
  ['TH', 2],
  ['DE', 2],
  ['IL', 2],
]);

/** Exploitation profiles: the forms recorded and the indicator list that fits them. */
export type Profile =
  | 'sexual'
  | 'labour'
  | 'both'
  | 'begging'
  | 'domestic'
  | 'marriage'
  | 'criminality'
  | 'other';

export const formsOf: Record<Profile, ExploitationForm[]> = {
  sexual: ['SexualExploitation'],
  labour: ['ForcedLabour'],
  both: ['ForcedLabour', 'SexualExploitation'],
  begging: ['ForcedBegging'],
  domestic: ['DomesticServitude'],
  marriage: ['ForcedMarriage'],
  criminality: ['ForcedCriminality'],
  other: ['Other'],
};

export const womenProfiles = weights<Profile>([
  ['sexual', 62],
  ['labour', 18],
  ['both', 8],
  ['domestic', 5],
  ['marriage', 3],
  ['begging', 2],
  ['criminality', 1],
  ['other', 1],
]);

export const menProfiles = weights<Profile>([
  ['labour', 72],
  ['sexual', 6],
  ['both', 6],
  ['begging', 6],
  ['criminality', 6],
  ['other', 4],
]);

export const childProfiles = weights<Profile>([
  ['sexual', 30],
  ['labour', 25],
  ['begging', 25],
  ['marriage', 8],
  ['domestic', 6],
  ['criminality', 6],
]);

/** ISIC sections of forced labour: construction, agriculture, hospitality, trade, households. */
export const labourIndustries = weights<string>([
  ['F', 35],
  ['A', 20],
  ['I', 15],
  ['C', 10],
  ['G', 10],
  ['T', 10],
]);

export const controlMeans = weights<MeansOfControl>([
  ['FalsePromises', 30],
  ['WithholdsDocuments', 25],
  ['DebtBondage', 20],
  ['PhysicalThreats', 18],
  ['PsychologicalAbuse', 18],
  ['TakesEarnings', 15],
  ['RestrictsFinancialAccess', 8],
  ['ThreatensChildrenFamily', 8],
  ['PhysicalAbuse', 8],
  ['ExcessiveWorkingHours', 8],
  ['ThreatsLawEnforcement', 5],
  ['PsychoactiveSubstance', 3],
]);

export const recruitmentWeights = weights<RecruitmentMethod>([
  ['ThroughFriendsOrSocialEvents', 30],
  ['ThroughOnlineSocialNetworks', 25],
  ['ThroughFamilyOrFamilyEvents', 15],
  ['ThroughAnOnlineAdvertisement', 12],
  ['AtWork', 8],
  ['ThroughANewspaperAdvert', 5],
  ['Other', 5],
]);

export const recruiterWeights = weights<string | null>([
  ['Acquainted', 45],
  ['Unacquainted', 25],
  ['Familial', 18],
  [null, 12],
]);
