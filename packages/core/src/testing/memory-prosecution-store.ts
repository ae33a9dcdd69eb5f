import type { CaseVisibility } from '../policy/case-access-policy.ts';
import type {
  AdministrativeMeasureRecord,
  CaseVictim,
  CompensationPaymentRecord,
  CriminalCase,
  Defendant,
  DefendantStageRecord,
  VictimPenaltyRecord,
} from '../prosecution/criminal-case.ts';
import type { ProsecutionStore } from '../prosecution/prosecution-ports.ts';

export interface ProsecutionTables {
  cases: CriminalCase[];
  victims: CaseVictim[];
  defendants: Defendant[];
  stages: DefendantStageRecord[];
  measures: AdministrativeMeasureRecord[];
  penalties: VictimPenaltyRecord[];
  payments?: CompensationPaymentRecord[];
}

export function createProsecutionTables(): ProsecutionTables {
  return { cases: [], victims: [], defendants: [], stages: [], measures: [], penalties: [] };
}

const clone = <T>(value: T): T => structuredClone(value);

/** The same visibility rule as db's case list query (policy/case-access-policy.ts). */
export function caseVisible(v: CaseVisibility, c: CriminalCase): boolean {
  if (c.complicity) return v.allComplicity || (v.assignedComplicity && c.prosecutorUserId === v.userId);
  return (
    v.ordinary && (c.organisationId === v.organisationId || c.prosecutorOrganisationId === v.organisationId)
  );
}

/** Criminal cases in memory; `tables()` is re-read so transactions can restore it. */
export function createMemoryProsecutionStore(tables: () => ProsecutionTables): ProsecutionStore {
  const t = tables;
  return {
    async createCase(c) {
      t().cases.push(clone(c));
    },
    async getCase(id) {
      const c = t().cases.find((x) => x.id === id);
      return c && clone(c);
    },
    async listCases(visibility, filter, page) {
      const all = t()
        .cases.filter((c) => caseVisible(visibility, c))
        .filter((c) => filter.complicity === undefined || c.complicity === filter.complicity)
        .filter((c) => !filter.form || c.exploitationForms.includes(filter.form))
        .filter((c) => !filter.openedFrom || c.openedOn >= filter.openedFrom)
        .filter((c) => !filter.openedTo || c.openedOn <= filter.openedTo)
        .filter((c) => !filter.legalBasis || c.legalBasis.includes(filter.legalBasis))
        .sort((a, b) => (a.openedOn < b.openedOn ? 1 : a.openedOn > b.openedOn ? -1 : 0));
      return { cases: clone(all.slice(page.offset, page.offset + page.limit)), total: all.length };
    },
    async updateCase(id, version, patch) {
      const c = t().cases.find((x) => x.id === id && x.version === version);
      if (!c) return 0;
      Object.assign(c, clone(patch));
      return 1;
    },
    async markComplicity(id, at) {
      const c = t().cases.find((x) => x.id === id);
      if (c) Object.assign(c, { complicity: true, version: c.version + 1, updatedAt: at });
    },
    async linkVictim(v) {
      const rows = t().victims.filter((x) => !(x.caseId === v.caseId && x.personId === v.personId));
      t().victims.splice(0, t().victims.length, ...rows, clone(v));
    },
    async listVictims(caseId) {
      return clone(t().victims.filter((v) => v.caseId === caseId));
    },
    async createDefendant(d) {
      t().defendants.push(clone(d));
    },
    async getDefendant(id) {
      const d = t().defendants.find((x) => x.id === id);
      return d && clone(d);
    },
    async listDefendants(caseId) {
      return clone(t().defendants.filter((d) => d.caseId === caseId));
    },
    async updateDefendant(id, version, patch) {
      const d = t().defendants.find((x) => x.id === id && x.version === version);
      if (!d) return 0;
      Object.assign(d, clone(patch));
      return 1;
    },
    async addStage(s) {
      t().stages.push(clone(s));
    },
    async listStages(caseId) {
      const ids = new Set(
        t()
          .defendants.filter((d) => d.caseId === caseId)
          .map((d) => d.id),
      );
      return clone(t().stages.filter((s) => ids.has(s.defendantId)));
    },
    async addMeasure(m) {
      t().measures.push(clone(m));
    },
    async listMeasures(caseId) {
      const ids = new Set(
        t()
          .defendants.filter((d) => d.caseId === caseId)
          .map((d) => d.id),
      );
      return clone(t().measures.filter((m) => ids.has(m.defendantId)));
    },
    async addPayment(p) {
      const tables = t();
      tables.payments = [...(tables.payments ?? []), clone(p)];
    },
    async listPayments(caseId) {
      const ids = new Set(
        t()
          .defendants.filter((d) => d.caseId === caseId)
          .map((d) => d.id),
      );
      return clone((t().payments ?? []).filter((p) => ids.has(p.defendantId)));
    },
    async addPenalty(p) {
      t().penalties.push(clone(p));
    },
    async listPenalties(personId) {
      return clone(t().penalties.filter((p) => p.personId === personId));
    },
  };
}
