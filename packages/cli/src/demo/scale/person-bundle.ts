import type { AgeBand, Gender } from '@opennrm/core';
import type { DecisionFact, PersonStatus, ScreeningFact } from './derive-person-status.ts';
import type { ExploitationRecord } from './generate-exploitation.ts';
import type { ScaleCase } from './generate-prosecution.ts';
import type { ScaleProtection } from './generate-protection.ts';
import type { ConsentRecord, ReferralRecord } from './generate-referrals.ts';
import type { ScaleOrganisation, ScreeningTemplate } from './scale-context.ts';

export interface ScreeningRecord extends ScreeningFact {
  id: string;
  organisation: ScaleOrganisation;
  template: ScreeningTemplate;
  population: 'adult' | 'child';
  outcomeReason: string | null;
  recordedAt: Date;
}

export interface DecisionRecord extends DecisionFact {
  id: string;
  organisation: ScaleOrganisation;
  recordedAt: Date;
}

/** One generated person and every record about them. */
export interface PersonBundle extends PersonStatus {
  id: string;
  code: string;
  owner: ScaleOrganisation;
  gender: Gender;
  birthYear: number | null;
  ageBand: AgeBand | null;
  child: boolean | null;
  citizenships: string[];
  languages: string[];
  foreign: boolean;
  createdAt: Date;
  updatedAt: Date;
  screenings: ScreeningRecord[];
  decisions: DecisionRecord[];
  exploitation: ExploitationRecord | null;
  consent: ConsentRecord | null;
  referrals: ReferralRecord[];
  /** Services delivered and the person's choice about cooperating (protection module). */
  protection?: ScaleProtection;
  /** The criminal case opened for the person's exploitation, if any (prosecution module). */
  prosecution?: ScaleCase | null;
}
