import {
  type Exploitation,
  type IdentificationDecision,
  isNgoOnly,
  isOverdue,
  type Person,
  type PersonFile,
  type Screening,
} from '@opennrm/core';

/** A person as the API shows them: every field listed, sealed fields never. */
export function presentPerson(p: Person, now: Date) {
  return {
    id: p.id,
    code: p.code,
    organisationId: p.organisationId,
    gender: p.gender,
    birthYear: p.birthYear,
    ageBand: p.ageBand,
    childAtIdentification: p.childAtIdentification,
    citizenships: p.citizenships,
    languages: p.languages,
    status: p.status,
    statusBodyType: p.statusBodyType,
    statusDecidedAt: p.statusDecidedAt?.toISOString() ?? null,
    stateDecided: p.stateDecided,
    ngoOnly: isNgoOnly(p),
    firstScreenedAt: p.firstScreenedAt?.toISOString() ?? null,
    decisionDueAt: p.decisionDueAt?.toISOString() ?? null,
    overdue: isOverdue(p, now),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentScreening(s: Screening) {
  return {
    id: s.id,
    organisationId: s.organisationId,
    screenerUserId: s.screenerUserId,
    listKey: s.listKey,
    listVersion: s.listVersion,
    listStatus: s.listStatus,
    population: s.population,
    answers: s.answers,
    result: s.result,
    outcome: s.outcome,
    outcomeReason: s.outcomeReason,
    screenedAt: s.screenedAt.toISOString(),
    recordedAt: s.recordedAt.toISOString(),
  };
}

/** Grounds stay sealed: they come only with the audited identity reveal. */
export function presentDecision(d: IdentificationDecision) {
  return {
    id: d.id,
    outcome: d.outcome,
    decidingOrganisationId: d.decidingOrganisationId,
    decidingBodyType: d.decidingBodyType,
    decidedOn: d.decidedOn,
    reconsiders: d.reconsiders,
    recordedBy: d.recordedBy,
    recordedAt: d.recordedAt.toISOString(),
  };
}

export function presentExploitation(e: Exploitation) {
  const { personId: _p, updatedBy: _u, updatedAt, ...rest } = e;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}

export function presentPersonFile(file: PersonFile, now: Date) {
  return {
    person: presentPerson(file.person, now),
    screenings: file.screenings.map(presentScreening),
    decisions: file.decisions.map(presentDecision),
    exploitation: file.exploitation ? presentExploitation(file.exploitation) : null,
    organisations: file.organisations,
    scope: file.scope,
    foreign: file.foreign,
    canReveal: file.canReveal,
    may: file.may,
  };
}
