import {
  cooperationAt,
  type Organisation,
  operatorTypeOf,
  reportedCurrencies,
  stateDecidedOn,
  victimStandingAt,
} from '@opennrm/core';
import type { ProtectionScenario } from './protection-scenario.ts';
import type { ScenarioRecord } from './statistics-scenario.ts';

/** One record of a protection fact counted by hand: its day, dimensions and numbers at a period end. */
export interface HandCounted {
  day: string;
  values(end: string): Record<string, string>;
  numbers(end: string): Record<string, number>;
}

/**
 * The protection facts counted record by record with core's definitions (victimStandingAt,
 * cooperationAt, operatorTypeOf), apart from the SQL. Facts that are one record per person (and
 * service type) per period group by calendar year: the test asks for reporting years from January.
 */
export function countProtectionFacts(
  records: readonly ScenarioRecord[],
  scenario: ProtectionScenario,
  organisations: readonly Organisation[],
  nationalCurrency = 'AZN',
): Record<string, HandCounted[]> {
  const types = new Map(organisations.map((o) => [o.id, o.type]));
  const persons = new Map(records.map((r) => [r.person.id, r]));
  const standing = (personId: string, end: string) => {
    const r = persons.get(personId)!;
    const days = r.decisions.map((d) => d.decidedOn).sort();
    const identified = r.decisions
      .filter((d) => d.outcome === 'identified')
      .map((d) => d.decidedOn)
      .sort();
    return victimStandingAt(
      {
        identifiedOn: identified[0] ?? null,
        stateDecidedOn: stateDecidedOn(r.decisions),
        firstDecidedOn: days[0] ?? null,
        status: r.person.status,
      },
      end,
    );
  };
  const cooperation = (personId: string, end: string) =>
    cooperationAt(
      scenario.cooperation.filter((c) => c.personId === personId),
      end,
    );
  const provider = (organisationId: string) => operatorTypeOf(types.get(organisationId)!);
  const byFirst = [...scenario.services].sort(
    (a, b) =>
      a.deliveredOn.localeCompare(b.deliveredOn) || +a.recordedAt - +b.recordedAt || a.id.localeCompare(b.id),
  );
  const group = (key: (s: (typeof byFirst)[number]) => string | null) => {
    const groups = new Map<string, typeof byFirst>();
    for (const s of byFirst) {
      const k = key(s);
      if (k === null) continue;
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    return [...groups.values()];
  };
  const year = (on: string) => on.slice(0, 4);
  const allowance = (s: (typeof byFirst)[number]) =>
    s.serviceType === 'financial_allowance' && s.currency === nationalCurrency;
  return {
    person_services: group((s) => `${s.personId}|${s.serviceType}|${year(s.deliveredOn)}`).map((g) => ({
      day: g[0]!.deliveredOn,
      values: (end) => ({
        service_type: g[0]!.serviceType,
        provider_type: provider(g[0]!.providerOrganisationId),
        victim_standing: standing(g[0]!.personId, end),
        cooperation: cooperation(g[0]!.personId, end),
      }),
      numbers: () => ({}),
    })),
    persons_assisted: group((s) => `${s.personId}|${year(s.deliveredOn)}`).map((g) => ({
      day: g[0]!.deliveredOn,
      values: (end) => ({
        provider_type: provider(g[0]!.providerOrganisationId),
        victim_standing: standing(g[0]!.personId, end),
        cooperation: cooperation(g[0]!.personId, end),
      }),
      numbers: () => ({}),
    })),
    allowances_paid: group((s) => (allowance(s) ? `${s.personId}|${year(s.deliveredOn)}` : null)).map(
      (g) => ({
        day: g[0]!.deliveredOn,
        values: (end) => ({
          provider_type: provider(g[0]!.providerOrganisationId),
          victim_standing: standing(g[0]!.personId, end),
        }),
        numbers: () => ({ amount: g.reduce((t, s) => t + (s.amount ?? 0), 0) }),
      }),
    ),
    allowance_payments: byFirst.filter(allowance).map((s) => ({
      day: s.deliveredOn,
      values: () => ({ provider_type: provider(s.providerOrganisationId) }),
      numbers: () => ({ amount: s.amount ?? 0 }),
    })),
    shelter_stays: scenario.stays.map((stay) => {
      const facility = scenario.facilities.find((f) => f.id === stay.facilityId)!;
      return {
        day: stay.admittedOn,
        values: (end) => ({
          operator_type: facility.operatorType,
          free_movement: facility.freeMovement ? 'free' : 'restricted',
          resident_group: stay.residentGroup,
          stay_end:
            stay.dischargedOn === null || stay.dischargedOn >= end
              ? 'open'
              : (stay.dischargeReason as string),
          victim_standing: standing(stay.personId, end),
        }),
        numbers: (end) => {
          const until = stay.dischargedOn !== null && stay.dischargedOn < end ? stay.dischargedOn : end;
          return { bed_nights: (Date.parse(until) - Date.parse(stay.admittedOn)) / 86_400_000 };
        },
      };
    }),
    reflection_periods: scenario.reflection.map((r) => ({
      day: r.startedOn,
      values: (end) => ({ victim_standing: standing(r.personId, end) }),
      numbers: () => ({ days: (Date.parse(r.endsOn) - Date.parse(r.startedOn)) / 86_400_000 + 1 }),
    })),
    residence_permits: scenario.permits.map((p) => ({
      day: p.appliedOn,
      values: (end) => ({
        permit_type: p.permitType,
        permit_status: p.decidedOn !== null && p.decidedOn < end ? p.status : 'applied',
      }),
      numbers: () => ({}),
    })),
    returns: scenario.returns.map((r) => ({
      day: r.returnedOn,
      values: (end) => ({ return_kind: r.kind, victim_standing: standing(r.personId, end) }),
      numbers: () => ({}),
    })),
    funding_allocated: scenario.allocations
      .filter((a) => a.currency === nationalCurrency)
      .map((a) => ({
        day: a.allocatedOn,
        values: () => ({ funding_recipient: a.recipientType, funding_source: a.source }),
        numbers: () => ({ amount: a.amount }),
      })),
    service_money: byFirst
      .filter((s) => s.amount !== null && reportedCurrencies(nationalCurrency).includes(s.currency!))
      .map((s) => ({
        day: s.deliveredOn,
        values: () => ({
          service_type: s.serviceType,
          money_currency: s.currency!,
          provider_type: provider(s.providerOrganisationId),
        }),
        numbers: () => ({ amount: s.amount! }),
      })),
    funding_disbursed: scenario.disbursements.flatMap((d) => {
      const allocation = scenario.allocations.find((a) => a.id === d.allocationId)!;
      if (allocation.currency !== nationalCurrency) return [];
      return [
        {
          day: d.disbursedOn,
          values: () => ({
            spending_service: d.serviceType ?? allocation.serviceType ?? 'unspecified',
            funding_recipient: allocation.recipientType,
          }),
          numbers: () => ({ amount: d.amount }),
        },
      ];
    }),
  };
}

/** The count, or the sum of a number, of the hand-counted records in [from, to) with these values. */
export function tallyWhere(
  counted: readonly HandCounted[],
  from: string,
  to: string,
  where: Record<string, string>,
  sum: string | null,
): number {
  return counted
    .filter((c) => c.day >= from && c.day < to)
    .filter((c) => {
      const values = c.values(to);
      return Object.entries(where).every(([k, v]) => values[k] === v);
    })
    .reduce((total, c) => total + (sum === null ? 1 : (c.numbers(to)[sum] ?? 0)), 0);
}
