import type { PersonBundle } from './person-bundle.ts';
import type { TableRows } from './scale-rows.ts';

/**
 * The prosecution tables of the scale load (migrations 15 and 20), from each person's case. The
 * case is the police's, assigned to the demo prosecutor; stages are recorded by the police user
 * at noon of their day. Cases go first, then defendants (the rest reference them).
 */
export const criminalCaseRows: TableRows = {
  table: 'criminal_cases',
  columns: [
    'id',
    'organisation_id',
    'reference',
    'opened_by',
    'opened_on',
    'legal_basis',
    'exploitation_forms',
    'official_flag',
    'complicity',
    'prosecutor_user_id',
    'prosecutor_organisation_id',
    'version',
    'created_by',
    'created_at',
    'updated_at',
  ],
  *rows(b: PersonBundle) {
    const c = b.prosecution;
    if (!c) return;
    yield [
      c.id,
      c.owner.id,
      c.reference,
      'police_anti_trafficking',
      c.openedOn,
      c.legalBasis,
      c.forms,
      c.complicity,
      c.complicity,
      c.prosecutor.userId,
      c.prosecutor.id,
      1,
      c.owner.userId,
      c.createdAt,
      c.createdAt,
    ];
  },
};

export const caseVictimRows: TableRows = {
  table: 'case_victims',
  columns: ['case_id', 'person_id', 'role', 'testified', 'testified_on', 'protection_measures', 'linked_at'],
  *rows(b: PersonBundle) {
    const c = b.prosecution;
    if (!c) return;
    const testified = c.victim.testifiedOn !== null;
    yield [c.id, b.id, c.victim.role, testified, c.victim.testifiedOn, [], c.createdAt];
  },
};

export const defendantRows: TableRows = {
  table: 'case_defendants',
  columns: (
    'id case_id kind name_sealed sex age_band citizenship public_official public_function stage ' +
    'investigated_on charged_on trial_on verdict verdict_on close_reason sentenced_on prison_months ' +
    'suspended fine confiscation compensation_ordered compensation_paid sentence_replaced ' +
    'sentence_reduced appealed_on final_on version created_at updated_at'
  ).split(' '),
  *rows(b: PersonBundle) {
    for (const { row: d } of b.prosecution?.defendants ?? []) {
      const s = d.sentence;
      yield [
        d.id,
        d.caseId,
        d.kind,
        d.nameSealed,
        d.sex,
        d.ageBand,
        d.citizenship,
        d.publicOfficial,
        d.publicFunction,
        d.stage,
        d.investigatedOn,
        d.chargedOn,
        d.trialOn,
        d.verdict,
        d.verdictOn,
        d.closeReason,
        d.sentencedOn,
        s?.prisonMonths ?? null,
        s?.suspended ?? null,
        s?.fine ?? null,
        s?.confiscation ?? null,
        s?.compensationOrdered ?? null,
        s?.compensationPaid ?? null,
        d.sentenceReplaced,
        d.sentenceReduced,
        d.appealedOn,
        d.finalOn,
        d.version,
        d.createdAt,
        d.updatedAt,
      ];
    }
  },
};

export const defendantStageRows: TableRows = {
  table: 'defendant_stages',
  columns: [
    'id',
    'defendant_id',
    'stage',
    'occurred_on',
    'verdict',
    'close_reason',
    'sentence',
    'replaces_stage_id',
    'recorded_by',
    'recorded_at',
  ],
  *rows(b: PersonBundle) {
    const c = b.prosecution;
    for (const d of c?.defendants ?? [])
      for (const [i, s] of d.stages.entries())
        yield [
          s.id,
          d.row.id,
          s.stage,
          s.occurredOn,
          s.verdict ?? null,
          s.stage === 'verdict' ? (s.closeReason ?? null) : null,
          s.sentence ? JSON.stringify(s.sentence) : null,
          s.replacesStageId,
          c?.owner.userId,
          // A minute apart: a sentence recorded on its verdict's day still comes after it.
          new Date(Date.parse(`${s.occurredOn}T12:00:00Z`) + i * 60_000),
        ];
  },
};

export const measureRows: TableRows = {
  table: 'administrative_measures',
  columns: ['id', 'defendant_id', 'measure', 'decided_on', 'recorded_by', 'recorded_at'],
  *rows(b: PersonBundle) {
    const c = b.prosecution;
    for (const d of c?.defendants ?? [])
      if (d.measure)
        yield [
          d.measure.id,
          d.row.id,
          d.measure.measure,
          d.measure.decidedOn,
          c?.owner.userId,
          new Date(`${d.measure.decidedOn}T12:00:00Z`),
        ];
  },
};
