import type { CaseVisibility } from '../policy/case-access-policy.ts';
import type {
  AdministrativeMeasureRecord,
  CaseFilter,
  CaseVictim,
  CompensationPaymentRecord,
  CriminalCase,
  Defendant,
  DefendantStageRecord,
  VictimPenaltyRecord,
} from './criminal-case.ts';

export interface CasePage {
  cases: CriminalCase[];
  total: number;
}

export interface ProsecutionStore {
  createCase(c: CriminalCase): Promise<void>;
  getCase(id: string): Promise<CriminalCase | undefined>;
  /** Cases the visibility reaches (policy/case-access-policy.ts), newest opened first. */
  listCases(
    visibility: CaseVisibility,
    filter: CaseFilter,
    page: { limit: number; offset: number },
  ): Promise<CasePage>;
  /** Compare-and-set on the version; returns the rows changed (0: someone else changed it). */
  updateCase(id: string, version: number, patch: Partial<CriminalCase>): Promise<number>;
  /** Puts the case in the complicity compartment (and bumps its version), whatever its version. */
  markComplicity(id: string, at: Date): Promise<void>;
  linkVictim(v: CaseVictim): Promise<void>;
  listVictims(caseId: string): Promise<CaseVictim[]>;
  createDefendant(d: Defendant): Promise<void>;
  getDefendant(id: string): Promise<Defendant | undefined>;
  listDefendants(caseId: string): Promise<Defendant[]>;
  /** Compare-and-set on the version, like updateCase. */
  updateDefendant(id: string, version: number, patch: Partial<Defendant>): Promise<number>;
  addStage(s: DefendantStageRecord): Promise<void>;
  listStages(caseId: string): Promise<DefendantStageRecord[]>;
  addMeasure(m: AdministrativeMeasureRecord): Promise<void>;
  listMeasures(caseId: string): Promise<AdministrativeMeasureRecord[]>;
  addPayment(p: CompensationPaymentRecord): Promise<void>;
  listPayments(caseId: string): Promise<CompensationPaymentRecord[]>;
  addPenalty(p: VictimPenaltyRecord): Promise<void>;
  listPenalties(personId: string): Promise<VictimPenaltyRecord[]>;
}
