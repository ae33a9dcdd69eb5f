import {
  ageGroupAt,
  consentAt,
  dayStartsAt,
  identifyingBodyAt,
  localDateOf,
  nationalityOf,
  type Organisation,
  preventionFacts,
  prosecutionFacts,
  protectionFacts,
  stateDecidedOn,
  traffickingScopeOf,
} from '@opennrm/core';
import type { ScenarioRecord } from './statistics-scenario.ts';

/**
 * The statistics counted record by record over the scenario's records, written apart from the
 * SQL: each dimension is core's definition (core/statistics/definitions/) applied to the record,
 * so a test that holds the report's cells to these counts proves the SQL equal to the definition.
 */
type Values = Record<string, string>;
export interface Counted {
  recordId: string;
  /** The local day (in the country's zone) that places the record in a period. */
  day: string;
  /** The dimensions, some of which are "as at the end of the period" (`end`: its first day after). */
  values(end: string): Values;
}

const labour = ['ForcedLabour', 'ChildLabour', 'DomesticServitude', 'Servitude'];
const ngoTypes = ['ngo', 'shelter', 'hotline', 'international_organisation'];

function personValues(r: ScenarioRecord, country: string): Values {
  const p = r.person;
  const forms = r.exploitation?.forms ?? [];
  const sexual = forms.includes('SexualExploitation');
  const isLabour = forms.some((f) => labour.includes(f));
  return {
    sex:
      p.gender === 'Feminine'
        ? 'female'
        : p.gender === 'Masculine'
          ? 'male'
          : p.gender === 'NonSpecifiedUnknown'
            ? 'unknown'
            : 'other',
    age_band:
      p.ageBand === null ? 'unknown' : ['9-11', '12-14', '15-17'].includes(p.ageBand) ? '9-17' : p.ageBand,
    nationality: nationalityOf(p.citizenships, country),
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
    trafficking_scope: traffickingScopeOf(
      {
        citizenships: p.citizenships,
        recruitmentCountries: r.exploitation?.recruitmentCountries ?? [],
        transitCountries: r.exploitation?.transitCountries ?? [],
        exploitationCountries: r.exploitation?.exploitationCountries ?? [],
      },
      country,
    ),
  };
}

export function countFacts(
  records: readonly ScenarioRecord[],
  organisations: readonly Organisation[],
  country: string,
  asOf: Date,
  timeZone = 'UTC',
): Record<string, Counted[]> {
  const types = new Map(organisations.map((o) => [o.id, o.type as string]));
  const facts: Record<string, Counted[]> = {
    persons_screened: [],
    persons_presumed: [],
    victims_identified: [],
    decisions_due: [],
    referrals_sent: [],
    // The scenario holds no criminal cases: the prosecution facts must count none of its persons.
    // Their figures are held to a hand count by server/src/tests/seed-prosecution-figures.int.test.ts.
    ...Object.fromEntries(prosecutionFacts.map((fact) => [fact.key, []])),
    // Counted by hand in protection-brute-force.ts over the protection scenario; none here.
    ...Object.fromEntries(protectionFacts.map((fact) => [fact.key, []])),
    // Counted by hand in prevention-brute-force.ts over the prevention scenario; none here.
    ...Object.fromEntries(preventionFacts.map((fact) => [fact.key, []])),
  };
  const dayOf = (instant: Date) => localDateOf(instant, timeZone);
  for (const r of records) {
    const p = r.person;
    const values = personValues(r, country);
    const identifiedOn =
      r.decisions
        .filter((d) => d.outcome === 'identified')
        .map((d) => d.decidedOn)
        .sort()[0] ?? null;
    const age = { birthYear: p.birthYear, childAtIdentification: p.childAtIdentification, identifiedOn };
    const consent = (end: string) => consentAt(r.consents, end, dayStartsAt(end, timeZone));
    const ownerBody = ngoTypes.includes(types.get(p.organisationId)!) ? 'ngo' : 'state';
    const atEvent = (day: string, kind: 'identification' | 'other'): Counted => ({
      recordId: p.id,
      day,
      values: (end) => ({
        ...values,
        age_group: ageGroupAt(age, day, kind),
        identifying_body:
          kind === 'identification' ? identifyingBodyAt(stateDecidedOn(r.decisions), end) : ownerBody,
        consent: consent(end),
      }),
    });
    if (p.firstScreenedAt) facts.persons_screened!.push(atEvent(dayOf(p.firstScreenedAt), 'other'));
    if (r.presumedAt) facts.persons_presumed!.push(atEvent(dayOf(r.presumedAt), 'other'));
    if (p.status === 'identified' && identifiedOn) {
      facts.victims_identified!.push(atEvent(identifiedOn, 'identification'));
    }
    if (p.decisionDueAt) {
      const first = r.decisions.map((d) => d.decidedOn).sort()[0];
      const due = dayOf(p.decisionDueAt);
      const timeliness = first
        ? first <= due
          ? 'on_time'
          : 'late'
        : p.decisionDueAt < asOf
          ? 'late'
          : 'pending';
      facts.decisions_due!.push({
        recordId: p.id,
        day: due,
        values: () => ({
          decision_timeliness: timeliness,
          decision_outcome: !first ? 'none' : p.status === 'identified' ? 'identified' : 'not_victim',
          age_group: ageGroupAt(age, due, 'other'),
        }),
      });
    }
    for (const ref of r.referrals) {
      // By the days the referral was sent and answered (not recorded), as the SQL counts them.
      const timeliness = ref.respondedOn
        ? ref.respondedOn <= dayOf(ref.respondBy)
          ? 'on_time'
          : 'late'
        : ref.status === 'sent'
          ? ref.respondBy < asOf
            ? 'overdue'
            : 'pending'
          : 'withdrawn_unanswered';
      const referralValues = {
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
      };
      facts.referrals_sent!.push({ recordId: ref.id, day: ref.sentOn, values: () => referralValues });
    }
  }
  return facts;
}

/** How many counted records of a fact fall in [from, to) (local days) with these values. */
export function countWhere(counted: readonly Counted[], from: string, to: string, where: Values): number {
  return counted.filter((c) => {
    if (c.day < from || c.day >= to) return false;
    const values = c.values(to);
    return Object.entries(where).every(([k, v]) => values[k] === v);
  }).length;
}
