import type { Organisation } from '@opennrm/core';
import type { ScenarioRecord } from './statistics-scenario.ts';

/**
 * The statistics counted by hand over the scenario's records, written apart from the SQL (no
 * shared code), so a test can hold the report's cells against it.
 */
type Values = Record<string, string>;
export interface Counted {
  recordId: string;
  at: string;
  values: Values;
}

function ageGroupOf(p: ScenarioRecord['person']): string {
  if (p.childAtIdentification !== null) return p.childAtIdentification ? 'child' : 'adult';
  if (p.birthYear === null) return 'unknown';
  const year = p.createdAt.getUTCFullYear();
  if (year - p.birthYear - 1 >= 18) return 'adult';
  if (year - p.birthYear <= 17) return 'child';
  return 'unknown';
}

const labour = ['ForcedLabour', 'ChildLabour', 'DomesticServitude', 'Servitude'];
const ngoTypes = ['ngo', 'shelter', 'hotline', 'international_organisation'];

function personValues(r: ScenarioRecord, types: Map<string, string>, country: string): Values {
  const p = r.person;
  const forms = r.exploitation?.forms ?? [];
  const sexual = forms.includes('SexualExploitation');
  const isLabour = forms.some((f) => labour.includes(f));
  const countries = r.exploitation?.exploitationCountries ?? [];
  return {
    sex:
      p.gender === 'Feminine'
        ? 'female'
        : p.gender === 'Masculine'
          ? 'male'
          : p.gender === 'NonSpecifiedUnknown'
            ? 'unknown'
            : 'other',
    age_group: ageGroupOf(p),
    age_band:
      p.ageBand === null ? 'unknown' : ['9-11', '12-14', '15-17'].includes(p.ageBand) ? '9-17' : p.ageBand,
    nationality: p.citizenships.includes(country)
      ? 'domestic'
      : p.citizenships.length > 0
        ? 'foreign'
        : 'unknown',
    exploitation:
      forms.length === 0
        ? 'unknown'
        : sexual && isLabour
          ? 'sexual_and_labour'
          : sexual
            ? 'sexual'
            : isLabour
              ? 'labour'
              : 'other',
    trafficking_scope:
      countries.length === 0
        ? 'unknown'
        : countries.every((c) => c === country)
          ? 'internal'
          : 'transnational',
    consent: r.consent ? 'recorded' : 'none',
    identifying_body: ngoTypes.includes(types.get(p.organisationId)!) ? 'ngo' : 'state',
  };
}

export function countFacts(
  records: readonly ScenarioRecord[],
  organisations: readonly Organisation[],
  country: string,
  asOf: Date,
): Record<string, Counted[]> {
  const types = new Map(organisations.map((o) => [o.id, o.type as string]));
  const facts: Record<string, Counted[]> = {
    persons_screened: [],
    persons_presumed: [],
    victims_identified: [],
    decisions_due: [],
    referrals_sent: [],
  };
  for (const r of records) {
    const p = r.person;
    const values = personValues(r, types, country);
    if (p.firstScreenedAt)
      facts.persons_screened!.push({ recordId: p.id, at: p.firstScreenedAt.toISOString(), values });
    if (r.presumedAt)
      facts.persons_presumed!.push({ recordId: p.id, at: r.presumedAt.toISOString(), values });
    const identifiedOn = r.decisions
      .filter((d) => d.outcome === 'identified')
      .map((d) => d.decidedOn)
      .sort()[0];
    if (p.status === 'identified' && identifiedOn) {
      facts.victims_identified!.push({
        recordId: p.id,
        at: `${identifiedOn}T00:00:00.000Z`,
        values: { ...values, identifying_body: p.stateDecided ? 'state' : 'ngo' },
      });
    }
    if (p.decisionDueAt) {
      const first = r.decisions.map((d) => d.decidedOn).sort()[0];
      const due = p.decisionDueAt.toISOString().slice(0, 10);
      const timeliness = first
        ? first <= due
          ? 'on_time'
          : 'late'
        : p.decisionDueAt < asOf
          ? 'late'
          : 'pending';
      facts.decisions_due!.push({
        recordId: p.id,
        at: p.decisionDueAt.toISOString(),
        values: {
          decision_timeliness: timeliness,
          decision_outcome: !first ? 'none' : p.status === 'identified' ? 'identified' : 'not_victim',
          age_group: values.age_group!,
        },
      });
    }
    for (const ref of r.referrals) {
      // By the days the referral was sent and answered, as the SQL counts them.
      const timeliness = ref.respondedOn
        ? ref.respondedOn <= ref.respondBy.toISOString().slice(0, 10)
          ? 'on_time'
          : 'late'
        : ref.status === 'sent'
          ? ref.respondBy < asOf
            ? 'overdue'
            : 'pending'
          : 'withdrawn_unanswered';
      facts.referrals_sent!.push({
        recordId: ref.id,
        at: `${ref.sentOn}T00:00:00.000Z`,
        values: {
          sender_type: types.get(ref.fromOrganisationId)!,
          recipient_type: types.get(ref.toOrganisationId)!,
          referral_status: ref.status,
          response_timeliness: timeliness,
          identity_basis: !ref.shareIdentity
            ? 'not_shared'
            : ref.overrideReason
              ? 'override'
              : ref.childRule
                ? 'child_rule'
                : 'consent',
        },
      });
    }
  }
  return facts;
}

/** How many counted records of a fact fall in [from, to) with these values. */
export function countWhere(counted: readonly Counted[], from: string, to: string, where: Values): number {
  return counted.filter(
    (c) =>
      c.at >= `${from}T00:00:00.000Z` &&
      c.at < `${to}T00:00:00.000Z` &&
      Object.entries(where).every(([k, v]) => c.values[k] === v),
  ).length;
}
