import type {
  AdministrativeMeasureRecord,
  CompensationPaymentRecord,
  CriminalCase,
  CriminalCaseView,
  Defendant,
  DefendantStageRecord,
  VictimPenaltyRecord,
} from '@opennrm/core';

/** A case as the API shows it: every field listed, none sealed. */
export function presentCase(c: CriminalCase) {
  return {
    id: c.id,
    organisationId: c.organisationId,
    reference: c.reference,
    openedBy: c.openedBy,
    openedOn: c.openedOn,
    legalBasis: c.legalBasis,
    exploitationForms: c.exploitationForms,
    officialFlag: c.officialFlag,
    complicity: c.complicity,
    prosecutorUserId: c.prosecutorUserId,
    prosecutorOrganisationId: c.prosecutorOrganisationId,
    alertIds: c.alertIds,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** A defendant without the sealed name (revealed by its own audited route). */
export function presentDefendant(d: Defendant) {
  return {
    id: d.id,
    kind: d.kind,
    sex: d.sex,
    ageBand: d.ageBand,
    citizenship: d.citizenship,
    publicOfficial: d.publicOfficial,
    publicFunction: d.publicFunction,
    stage: d.stage,
    investigatedOn: d.investigatedOn,
    chargedOn: d.chargedOn,
    trialOn: d.trialOn,
    verdict: d.verdict,
    verdictOn: d.verdictOn,
    closeReason: d.closeReason,
    sentencedOn: d.sentencedOn,
    sentence: d.sentence,
    sentenceReplaced: d.sentenceReplaced,
    sentenceReduced: d.sentenceReduced,
    appealedOn: d.appealedOn,
    finalOn: d.finalOn,
    version: d.version,
  };
}

export function presentStage(s: DefendantStageRecord) {
  return {
    id: s.id,
    defendantId: s.defendantId,
    stage: s.stage,
    occurredOn: s.occurredOn,
    verdict: s.verdict,
    closeReason: s.closeReason,
    sentence: s.sentence,
    replacesStageId: s.replacesStageId,
    recordedAt: s.recordedAt.toISOString(),
  };
}

export function presentMeasure(m: AdministrativeMeasureRecord) {
  return { id: m.id, defendantId: m.defendantId, measure: m.measure, decidedOn: m.decidedOn };
}

export function presentPayment(p: CompensationPaymentRecord) {
  return { id: p.id, defendantId: p.defendantId, amount: p.amount, paidOn: p.paidOn };
}

export function presentPenalty(p: VictimPenaltyRecord) {
  return { id: p.id, penalty: p.penalty, occurredOn: p.occurredOn, organisationId: p.organisationId };
}

export function presentCaseDetail(view: CriminalCaseView) {
  return {
    criminalCase: presentCase(view.criminalCase),
    defendants: view.defendants.map(presentDefendant),
    stages: view.stages.map(presentStage),
    measures: view.measures.map(presentMeasure),
    payments: view.payments.map(presentPayment),
    victims: view.victims.map((v) => ({
      personId: v.personId,
      personCode: v.personCode,
      role: v.role,
      testified: v.testified,
      testifiedOn: v.testifiedOn,
      protectionMeasures: v.protectionMeasures,
    })),
    may: view.may,
  };
}
