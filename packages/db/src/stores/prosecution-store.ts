import type { CaseVisibility, CriminalCase, Defendant, ProsecutionStore, Sentence } from '@opennrm/core';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseDefendantsTable, CriminalCasesTable } from '../schema-prosecution.ts';

/** What the store writes and maps (the kept exploitation group is PostgreSQL's, migration 38). */
type CaseRow = Omit<CriminalCasesTable, 'exploitation_group'>;
/** What the store writes and maps (the kept case exploitation is the triggers', migration 40). */
type DefendantRow = Omit<CaseDefendantsTable, 'case_exploitation'>;

/**
 * The case-access policy's list rule (policy/case-access-policy.ts, `caseVisibilityOf`) as SQL:
 * ordinary cases of the organisation or assigned to it; complicity cases assigned to the user,
 * or all of them for the integrity unit. A list never holds a case the policy would refuse.
 */
function visibleTo(
  eb: ExpressionBuilder<Database, 'criminal_cases'>,
  v: CaseVisibility,
): Expression<SqlBool> {
  const ors: Expression<SqlBool>[] = [];
  if (v.ordinary)
    ors.push(
      eb.and([
        eb('complicity', '=', false),
        eb.or([
          eb('organisation_id', '=', v.organisationId),
          eb('prosecutor_organisation_id', '=', v.organisationId),
        ]),
      ]),
    );
  if (v.allComplicity) ors.push(eb('complicity', '=', true));
  else if (v.assignedComplicity)
    ors.push(eb.and([eb('complicity', '=', true), eb('prosecutor_user_id', '=', v.userId)]));
  return ors.length > 0 ? eb.or(ors) : sql<SqlBool>`false`;
}

export function createProsecutionStore(db: Kysely<Database>): ProsecutionStore {
  return {
    async createCase(c) {
      await db.insertInto('criminal_cases').values(caseRow(c)).execute();
    },
    async getCase(id) {
      const row = await db.selectFrom('criminal_cases').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCase(row);
    },
    async listCases(visibility, filter, page) {
      let q = db.selectFrom('criminal_cases').where((eb) => visibleTo(eb, visibility));
      if (filter.complicity !== undefined) q = q.where('complicity', '=', filter.complicity);
      if (filter.form) q = q.where(sql<SqlBool>`${filter.form} = any(exploitation_forms)`);
      if (filter.openedFrom) q = q.where('opened_on', '>=', filter.openedFrom);
      if (filter.openedTo) q = q.where('opened_on', '<=', filter.openedTo);
      if (filter.legalBasis) q = q.where(sql<SqlBool>`${filter.legalBasis} = any(legal_basis)`);
      if (filter.status) {
        // Final: every defendant's judgment is final (and there is at least one); open: otherwise.
        const allFinal = sql<SqlBool>`exists (select 1 from case_defendants d where d.case_id = criminal_cases.id)
          and not exists (select 1 from case_defendants d where d.case_id = criminal_cases.id and d.final_on is null)`;
        q = q.where(filter.status === 'final' ? allFinal : sql<SqlBool>`not (${allFinal})`);
      }
      const [rows, count] = await Promise.all([
        q
          .selectAll()
          .orderBy('opened_on', 'desc')
          .orderBy('id', 'desc')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { cases: rows.map(toCase), total: Number(count.n) };
    },
    async updateCase(id, version, patch) {
      const { id: _, ...row } = caseRow({ ...emptyCase, ...patch });
      const set = pick(row, Object.keys(patch).map(snake));
      const result = await db
        .updateTable('criminal_cases')
        .set(set)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async markComplicity(id, at) {
      await db
        .updateTable('criminal_cases')
        .set((eb) => ({ complicity: true, version: eb('version', '+', 1), updated_at: at }))
        .where('id', '=', id)
        .execute();
    },
    async linkVictim(v) {
      const row = {
        case_id: v.caseId,
        person_id: v.personId,
        role: v.role,
        testified: v.testified,
        testified_on: v.testifiedOn,
        protection_measures: v.protectionMeasures,
        linked_at: v.linkedAt,
      };
      await db
        .insertInto('case_victims')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['case_id', 'person_id']).doUpdateSet({
            role: v.role,
            testified: v.testified,
            testified_on: v.testifiedOn,
            protection_measures: v.protectionMeasures,
          }),
        )
        .execute();
    },
    async listVictims(caseId) {
      const rows = await db
        .selectFrom('case_victims')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('linked_at')
        .orderBy('person_id')
        .execute();
      return rows.map((r) => ({
        caseId: r.case_id,
        personId: r.person_id,
        role: r.role,
        testified: r.testified,
        testifiedOn: r.testified_on,
        protectionMeasures: r.protection_measures,
        linkedAt: r.linked_at,
      }));
    },
    async createDefendant(d) {
      await db.insertInto('case_defendants').values(defendantRow(d)).execute();
    },
    async getDefendant(id) {
      const row = await db.selectFrom('case_defendants').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDefendant(row);
    },
    async listDefendants(caseId) {
      const rows = await db
        .selectFrom('case_defendants')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toDefendant);
    },
    async updateDefendant(id, version, patch) {
      const { id: _, ...row } = defendantRow({ ...emptyDefendant, ...patch });
      const keys = Object.keys(patch).flatMap((k) =>
        k === 'sentence'
          ? [
              'prison_months',
              'suspended',
              'fine',
              'confiscation',
              'compensation_ordered',
              'compensation_paid',
            ]
          : [snake(k)],
      );
      const result = await db
        .updateTable('case_defendants')
        .set(pick(row, keys))
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async addStage(s) {
      await db
        .insertInto('defendant_stages')
        .values({
          id: s.id,
          defendant_id: s.defendantId,
          stage: s.stage,
          occurred_on: s.occurredOn,
          verdict: s.verdict,
          close_reason: s.closeReason,
          sentence: s.sentence ? JSON.stringify(s.sentence) : null,
          replaces_stage_id: s.replacesStageId,
          recorded_by: s.recordedBy,
          recorded_at: s.recordedAt,
        })
        .execute();
    },
    async listStages(caseId) {
      const rows = await db
        .selectFrom('defendant_stages as s')
        .innerJoin('case_defendants as d', 'd.id', 's.defendant_id')
        .selectAll('s')
        .where('d.case_id', '=', caseId)
        .orderBy('s.occurred_on')
        .orderBy('s.recorded_at')
        .orderBy('s.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        defendantId: r.defendant_id,
        stage: r.stage,
        occurredOn: r.occurred_on,
        verdict: r.verdict,
        closeReason: r.close_reason,
        sentence: r.sentence,
        replacesStageId: r.replaces_stage_id,
        recordedBy: r.recorded_by,
        recordedAt: r.recorded_at,
      }));
    },
    async addMeasure(m) {
      await db
        .insertInto('administrative_measures')
        .values({
          id: m.id,
          defendant_id: m.defendantId,
          measure: m.measure,
          decided_on: m.decidedOn,
          recorded_by: m.recordedBy,
          recorded_at: m.recordedAt,
        })
        .execute();
    },
    async addPayment(p) {
      await db
        .insertInto('compensation_payments')
        .values({
          id: p.id,
          defendant_id: p.defendantId,
          amount: p.amount,
          paid_on: p.paidOn,
          recorded_by: p.recordedBy,
          recorded_at: p.recordedAt,
        })
        .execute();
    },
    async listPayments(caseId) {
      const rows = await db
        .selectFrom('compensation_payments as p')
        .innerJoin('case_defendants as d', 'd.id', 'p.defendant_id')
        .selectAll('p')
        .where('d.case_id', '=', caseId)
        .orderBy('p.paid_on')
        .orderBy('p.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        defendantId: r.defendant_id,
        amount: Number(r.amount),
        paidOn: r.paid_on,
        recordedBy: r.recorded_by,
        recordedAt: r.recorded_at,
      }));
    },
    async listMeasures(caseId) {
      const rows = await db
        .selectFrom('administrative_measures as m')
        .innerJoin('case_defendants as d', 'd.id', 'm.defendant_id')
        .selectAll('m')
        .where('d.case_id', '=', caseId)
        .orderBy('m.decided_on')
        .orderBy('m.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        defendantId: r.defendant_id,
        measure: r.measure,
        decidedOn: r.decided_on,
        recordedBy: r.recorded_by,
        recordedAt: r.recorded_at,
      }));
    },
    async addPenalty(p) {
      await db
        .insertInto('victim_penalties')
        .values({
          id: p.id,
          person_id: p.personId,
          organisation_id: p.organisationId,
          penalty: p.penalty,
          occurred_on: p.occurredOn,
          recorded_by: p.recordedBy,
          recorded_at: p.recordedAt,
        })
        .execute();
    },
    async listPenalties(personId) {
      const rows = await db
        .selectFrom('victim_penalties')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('occurred_on')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        personId: r.person_id,
        organisationId: r.organisation_id,
        penalty: r.penalty,
        occurredOn: r.occurred_on,
        recordedBy: r.recorded_by,
        recordedAt: r.recorded_at,
      }));
    },
  };
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function pick<T extends object>(row: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => keys.includes(k))) as Partial<T>;
}

const epoch = new Date(0);
const emptyCase: CriminalCase = {
  id: '',
  organisationId: '',
  reference: '',
  openedBy: 'other',
  openedOn: '',
  legalBasis: [],
  exploitationForms: [],
  officialFlag: false,
  complicity: false,
  prosecutorUserId: null,
  prosecutorOrganisationId: null,
  alertIds: [],
  version: 0,
  createdBy: '',
  createdAt: epoch,
  updatedAt: epoch,
};

const emptyDefendant: Defendant = {
  id: '',
  caseId: '',
  kind: 'natural_person',
  nameSealed: '',
  sex: 'unknown',
  ageBand: 'unknown',
  citizenship: null,
  publicOfficial: false,
  publicFunction: null,
  stage: 'investigated',
  investigatedOn: '',
  chargedOn: null,
  trialOn: null,
  verdict: null,
  verdictOn: null,
  closeReason: null,
  sentencedOn: null,
  sentence: null,
  sentenceReplaced: 0,
  sentenceReduced: false,
  appealedOn: null,
  finalOn: null,
  version: 0,
  createdAt: epoch,
  updatedAt: epoch,
};

function caseRow(c: CriminalCase): CaseRow {
  return {
    id: c.id,
    organisation_id: c.organisationId,
    reference: c.reference,
    opened_by: c.openedBy,
    opened_on: c.openedOn,
    legal_basis: c.legalBasis,
    exploitation_forms: c.exploitationForms,
    official_flag: c.officialFlag,
    complicity: c.complicity,
    prosecutor_user_id: c.prosecutorUserId,
    prosecutor_organisation_id: c.prosecutorOrganisationId,
    alert_ids: c.alertIds,
    version: c.version,
    created_by: c.createdBy,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

function toCase(r: CaseRow): CriminalCase {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    reference: r.reference,
    openedBy: r.opened_by,
    openedOn: r.opened_on,
    legalBasis: r.legal_basis,
    exploitationForms: r.exploitation_forms,
    officialFlag: r.official_flag,
    complicity: r.complicity,
    prosecutorUserId: r.prosecutor_user_id,
    prosecutorOrganisationId: r.prosecutor_organisation_id,
    alertIds: r.alert_ids,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function defendantRow(d: Defendant): DefendantRow {
  const s = d.sentence;
  return {
    id: d.id,
    case_id: d.caseId,
    kind: d.kind,
    name_sealed: d.nameSealed,
    sex: d.sex,
    age_band: d.ageBand,
    citizenship: d.citizenship,
    public_official: d.publicOfficial,
    public_function: d.publicFunction,
    stage: d.stage,
    investigated_on: d.investigatedOn,
    charged_on: d.chargedOn,
    trial_on: d.trialOn,
    verdict: d.verdict,
    verdict_on: d.verdictOn,
    close_reason: d.closeReason,
    sentenced_on: d.sentencedOn,
    prison_months: s?.prisonMonths ?? null,
    suspended: s?.suspended ?? null,
    fine: s?.fine ?? null,
    confiscation: s?.confiscation ?? null,
    compensation_ordered: s?.compensationOrdered ?? null,
    compensation_paid: s?.compensationPaid ?? null,
    sentence_replaced: d.sentenceReplaced,
    sentence_reduced: d.sentenceReduced,
    appealed_on: d.appealedOn,
    final_on: d.finalOn,
    version: d.version,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  };
}

function toDefendant(r: DefendantRow): Defendant {
  const sentence: Sentence | null =
    r.prison_months === null
      ? null
      : {
          prisonMonths: r.prison_months,
          suspended: r.suspended ?? false,
          fine: Number(r.fine ?? 0),
          confiscation: r.confiscation ?? false,
          compensationOrdered: Number(r.compensation_ordered ?? 0),
          compensationPaid: Number(r.compensation_paid ?? 0),
        };
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    nameSealed: r.name_sealed,
    sex: r.sex,
    ageBand: r.age_band,
    citizenship: r.citizenship,
    publicOfficial: r.public_official,
    publicFunction: r.public_function,
    stage: r.stage,
    investigatedOn: r.investigated_on,
    chargedOn: r.charged_on,
    trialOn: r.trial_on,
    verdict: r.verdict,
    verdictOn: r.verdict_on,
    closeReason: r.close_reason,
    sentencedOn: r.sentenced_on,
    sentence,
    sentenceReplaced: r.sentence_replaced,
    sentenceReduced: r.sentence_reduced,
    appealedOn: r.appealed_on,
    finalOn: r.final_on,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
