import { dayOf } from '@opennrm/core';
import type { PersonBundle } from './person-bundle.ts';
import {
  caseVictimRows,
  criminalCaseRows,
  defendantRows,
  defendantStageRows,
  measureRows,
} from './prosecution-rows.ts';
import {
  cooperationRows,
  permitRows,
  protectionServiceRows,
  returnRows,
  stayRows,
} from './protection-rows.ts';

/**
 * The COPY column lists and rows of each table, from a person's bundle. Identity columns
 * (*_sealed) stay null: the statistics never read them, and a sealed value of an invented name
 * would only cost time. Decision grounds and referral notes are sealed too and may be null.
 */
export interface TableRows {
  table: string;
  columns: readonly string[];
  rows(bundle: PersonBundle): Iterable<readonly unknown[]>;
}

const sections = ['screenings', 'exploitation', 'decisions'];
const columnsOf = (names: string) => names.split(' ');

export const personRows: TableRows = {
  table: 'persons',
  columns: columnsOf(
    'id code organisation_id gender birth_year age_band child_at_identification citizenships ' +
      'languages status status_body_type status_decided_at state_decided first_screened_at ' +
      'decision_due_at presumed_at identified_on first_decided_on state_decided_on created_by ' +
      'created_at updated_at',
  ),
  *rows(b) {
    yield [
      b.id,
      b.code,
      b.owner.id,
      b.gender,
      b.birthYear,
      b.ageBand,
      b.child,
      b.citizenships,
      b.languages,
      b.status,
      b.statusBodyType,
      b.statusDecidedAt,
      b.stateDecided,
      b.firstScreenedAt,
      b.decisionDueAt,
      b.presumedAt,
      b.identifiedOn,
      b.firstDecidedOn,
      b.stateDecidedOn,
      b.owner.userId,
      b.createdAt,
      b.updatedAt,
    ];
  },
};

export const screeningRows: TableRows = {
  table: 'screenings',
  columns: columnsOf(
    'id person_id organisation_id screener_user_id list_key list_version list_status population answers ' +
      'result outcome outcome_reason screened_at recorded_at',
  ),
  *rows(b) {
    for (const s of b.screenings) {
      yield [
        s.id,
        b.id,
        s.organisation.id,
        s.organisation.userId,
        s.template.listKey,
        s.template.listVersion,
        s.template.listStatus,
        s.population,
        s.template.answers,
        s.template.result,
        s.outcome,
        s.outcomeReason,
        s.screenedAt,
        s.recordedAt,
      ];
    }
  },
};

export const decisionRows: TableRows = {
  table: 'identification_decisions',
  columns: columnsOf(
    'id person_id outcome deciding_organisation_id deciding_body_type decided_on ' +
      'grounds_sealed reconsiders recorded_by recorded_at',
  ),
  *rows(b) {
    for (const d of b.decisions) {
      yield [
        d.id,
        b.id,
        d.outcome,
        d.organisation.id,
        d.bodyType,
        d.decidedOn,
        null,
        null,
        d.organisation.userId,
        d.recordedAt,
      ];
    }
  },
};

export const exploitationRows: TableRows = {
  table: 'exploitations',
  columns: columnsOf(
    'person_id forms industry means_of_control recruitment_methods recruiter_relationship ' +
      'recruitment_countries transit_countries exploitation_countries period_from period_to ' +
      'child_at_exploitation updated_by updated_at',
  ),
  *rows(b) {
    const e = b.exploitation;
    if (!e) return;
    yield [
      b.id,
      e.forms,
      e.industry,
      e.meansOfControl,
      e.recruitmentMethods,
      e.recruiterRelationship,
      e.recruitmentCountries,
      e.transitCountries,
      e.exploitationCountries,
      e.periodFrom,
      e.periodTo,
      e.childAtExploitation,
      e.updatedBy,
      e.updatedAt,
    ];
  },
};

export const consentRows: TableRows = {
  table: 'consents',
  columns: columnsOf(
    'id person_id purposes organisation_ids means given_on recorded_by ' +
      'recorded_by_organisation_id recorded_at withdrawn_at withdrawn_by',
  ),
  *rows(b) {
    const c = b.consent;
    if (!c) return;
    yield [
      c.id,
      b.id,
      c.purposes,
      c.organisationIds,
      c.means,
      c.givenOn,
      c.recordedBy,
      b.owner.id,
      c.recordedAt,
      c.withdrawnAt,
      c.withdrawnAt ? c.recordedBy : null,
    ];
  },
};

export const referralRows: TableRows = {
  table: 'referrals',
  columns: columnsOf(
    'id person_id from_organisation_id to_organisation_id services urgency note_sealed ' +
      'share_identity sections consent_id child_rule override_reason status decline_reason ' +
      'withdraw_reason sent_by sent_at respond_by responded_by responded_at closed_at ' +
      'escalated_at updated_at sent_on responded_on closed_on',
  ),
  *rows(b) {
    for (const r of b.referrals) {
      yield [
        r.id,
        b.id,
        b.owner.id,
        r.to.id,
        r.services,
        r.urgency,
        null,
        r.shareIdentity,
        sections,
        r.consentId,
        r.childRule,
        r.overrideReason,
        r.status,
        r.declineReason,
        r.withdrawReason,
        b.owner.userId,
        r.sentAt,
        r.respondBy,
        r.respondedBy,
        r.respondedAt,
        r.closedAt,
        r.escalatedAt,
        r.updatedAt,
        // The generated referrals were recorded as they happened: each day is its moment's.
        dayOf(r.sentAt),
        r.respondedAt && dayOf(r.respondedAt),
        r.closedAt && dayOf(r.closedAt),
      ];
    }
  },
};

/** In load order: persons first (the others reference them), consents before referrals. */
export const scaleTables: readonly TableRows[] = [
  personRows,
  screeningRows,
  decisionRows,
  exploitationRows,
  consentRows,
  referralRows,
  protectionServiceRows,
  cooperationRows,
  stayRows,
  permitRows,
  returnRows,
  criminalCaseRows,
  defendantRows,
  defendantStageRows,
  caseVictimRows,
  measureRows,
];
