import type { ServiceType } from '@opennrm/core';
import type { ScaleTarget } from './generate-scale-country.ts';
import type { ScaleContext } from './scale-context.ts';
import type { ScalePlan } from './scale-plan.ts';
import { SeededRandom } from './seeded-random.ts';

/** Of every generated person a year, this much state money and this much from donors (AZN). */
const statePerPerson = 30;
const donorPerPerson = 8;

type Recipient = { key: 'vac' | 'mia-shelter' | 'ngo-baku' | 'ngo-ganja'; type: 'state' | 'ngo' };
/** Who receives what share of a line, for which service; most state money stays with the state. */
const stateShares: [Recipient, number, ServiceType | null][] = [
  [{ key: 'vac', type: 'state' }, 0.7, 'financial_allowance'],
  [{ key: 'mia-shelter', type: 'state' }, 0.25, 'accommodation'],
  [{ key: 'ngo-baku', type: 'ngo' }, 0.05, 'psychological'],
];
const donorShares: [Recipient, number, ServiceType | null][] = [
  [{ key: 'ngo-baku', type: 'ngo' }, 0.5, 'accommodation'],
  [{ key: 'ngo-ganja', type: 'ngo' }, 0.4, null],
];

/**
 * The money behind the generated years, in proportion to their persons: a state budget line and
 * a donor line a year, allocations to the demo's providers (most state money to state bodies, the
 * donors' to NGOs, part of each line left unallocated), and disbursements of most of each. A few
 * rows a year, copied like the rest (bulk, no use case: nobody decided these).
 */
export async function copyScaleFunding(
  target: ScaleTarget,
  ctx: ScaleContext,
  plan: ScalePlan,
  seed: number,
  idSalt: number,
): Promise<Record<string, number>> {
  const random = new SeededRandom(seed ^ 0x66756e64, -2);
  const ids = new SeededRandom(idSalt, -2);
  const by = ctx.finance ?? { userId: ctx.orgs.vac.userId, organisationId: ctx.orgs.vac.id };
  const recorded = (day: string) => [by.userId, by.organisationId, new Date(`${day}T09:00:00Z`)];
  const lines: unknown[][] = [];
  const allocations: unknown[][] = [];
  const disbursements: unknown[][] = [];
  plan.years.forEach((year, i) => {
    const persons = plan.counts[i] ?? 0;
    if (persons === 0) return;
    for (const [source, perPerson, shares] of [
      ['state_budget', statePerPerson, stateShares],
      ['international_donor', donorPerPerson, donorShares],
    ] as const) {
      const lineId = ids.uuid();
      const amount = persons * perPerson;
      lines.push([
        lineId,
        year,
        source,
        `Victim assistance ${year} (${source})`,
        amount,
        'AZN',
        ...recorded(`${year}-01-10`),
      ]);
      for (const [recipient, share, serviceType] of shares) {
        const allocationId = ids.uuid();
        const allocated = Math.floor(amount * share);
        const on = `${year}-0${random.int(1, 6)}-15`;
        allocations.push([
          allocationId,
          lineId,
          ctx.orgs[recipient.key].id,
          recipient.type,
          allocated,
          'AZN',
          on,
          serviceType,
          ...recorded(on),
        ]);
        const paidOn = `${year}-${String(random.int(7, 12)).padStart(2, '0')}-01`;
        const paid = Math.floor(allocated * (0.7 + random.next() * 0.3));
        if (paid > 0)
          disbursements.push([ids.uuid(), allocationId, paid, paidOn, serviceType, ...recorded(paidOn)]);
      }
    }
  });
  const recordedColumns = ['recorded_by', 'recorded_by_organisation_id', 'recorded_at'];
  return {
    funding_budget_lines: await target.copyInto(
      'funding_budget_lines',
      ['id', 'year', 'source', 'name', 'amount', 'currency', ...recordedColumns],
      lines,
    ),
    funding_allocations: await target.copyInto(
      'funding_allocations',
      [
        'id',
        'budget_line_id',
        'recipient_organisation_id',
        'recipient_type',
        'amount',
        'currency',
        'allocated_on',
        'service_type',
        ...recordedColumns,
      ],
      allocations,
    ),
    funding_disbursements: await target.copyInto(
      'funding_disbursements',
      ['id', 'allocation_id', 'amount', 'disbursed_on', 'service_type', ...recordedColumns],
      disbursements,
    ),
  };
}
