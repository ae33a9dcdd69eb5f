import {
  admitToShelter,
  allocateFunding,
  type Ctx,
  createBudgetLine,
  createFacility,
  type Deps,
  recordCooperation,
  recordDisbursement,
  recordReflectionPeriod,
  recordResidencePermit,
  recordServiceDelivery,
} from '@opennrm/core';

const day = 86_400_000;

/**
 * The demo country's protection: its three shelters (the closed MIA shelter, two NGO shelters),
 * services the demo persons received, their own choices about cooperating, a permit, and the
 * year's money (most to the state, a small grant to an NGO). Through the use cases, as the demo
 * users; skipped when a facility exists already.
 */
export async function loadDemoProtection(
  deps: Deps,
  actingAs: (email: string) => Promise<Ctx>,
): Promise<number> {
  if ((await deps.store.shelters.listFacilities()).length > 0) return 0;
  const now = deps.clock.now().getTime();
  const daysAgo = (n: number) => new Date(now - n * day).toISOString().slice(0, 10);
  const admin = await actingAs('admin@demo.opennrm.org');
  const orgOf = async (name: string) => (await deps.store.organisations.findByName(name))?.id ?? '';
  const facilities = [
    {
      organisationId: await orgOf('MIA-run shelter, Baku'),
      name: 'MIA shelter, Baku',
      operatorType: 'state' as const,
      region: 'Baku',
      capacity: { women: 40, men: 10, children: 0, families: 0 },
      specialisations: ['sexual_exploitation' as const, 'labour_exploitation' as const],
      freeMovement: false,
      address: 'Demo shelter address, Baku (sealed)',
    },
    {
      organisationId: await orgOf('Safe Home (NGO shelter, Baku)'),
      name: 'Safe Home, Baku',
      operatorType: 'ngo' as const,
      region: 'Baku',
      capacity: { women: 20, men: 0, children: 6, families: 2 },
      specialisations: ['women' as const],
      freeMovement: true,
      address: 'Demo shelter address 2, Baku (sealed)',
    },
    {
      organisationId: await orgOf('New Life (NGO shelter, Ganja)'),
      name: 'New Life, Ganja',
      operatorType: 'ngo' as const,
      region: 'Ganja',
      capacity: { women: 10, men: 2, children: 4, families: 0 },
      specialisations: ['general' as const],
      freeMovement: true,
      address: 'Demo shelter address, Ganja (sealed)',
    },
  ];
  const ids: string[] = [];
  for (const f of facilities) ids.push((await createFacility(admin, f)).id);

  const personOf = async (code: number) => {
    const list = await deps.store.persons.list({ limit: 20 }, { kind: 'all' });
    return list.persons.sort((a, b) => a.code.localeCompare(b.code))[code]?.id;
  };
  const caseWorker = await actingAs('caseworker@demo.opennrm.org');
  const investigator = await actingAs('investigator@demo.opennrm.org');
  const ngoShelter = await actingAs('ngo-shelter@demo.opennrm.org');
  const [jocelyn, jasur, gunel, elvin] = await Promise.all([0, 1, 2, 3].map(personOf));
  if (jocelyn) {
    await recordServiceDelivery(caseWorker, jocelyn, {
      serviceType: 'psychological',
      deliveredOn: daysAgo(12),
      outcome: 'ongoing',
    });
    await recordServiceDelivery(caseWorker, jocelyn, {
      serviceType: 'financial_allowance',
      deliveredOn: daysAgo(8),
      amount: 400,
      currency: 'AZN',
      outcome: 'completed',
    });
    // Her own choice, recorded; the services above never waited for it.
    await recordCooperation(caseWorker, jocelyn, { status: 'not_willing', asOf: daysAgo(10) });
    await recordReflectionPeriod(caseWorker, jocelyn, { startedOn: daysAgo(12), endsOn: daysAgo(-48) });
  }
  if (jasur) {
    await recordCooperation(investigator, jasur, { status: 'willing', asOf: daysAgo(20) });
    await recordServiceDelivery(investigator, jasur, {
      serviceType: 'interpretation',
      deliveredOn: daysAgo(19),
      outcome: 'completed',
    });
    await recordResidencePermit(investigator, jasur, {
      permitType: 'victim_temporary',
      status: 'applied',
      appliedOn: daysAgo(9),
    });
  }
  if (gunel) {
    await recordServiceDelivery(caseWorker, gunel, {
      serviceType: 'vocational_training',
      deliveredOn: daysAgo(30),
      endedOn: daysAgo(2),
      outcome: 'completed',
    });
    await recordServiceDelivery(caseWorker, gunel, {
      serviceType: 'job_placement',
      deliveredOn: daysAgo(1),
      outcome: 'ongoing',
    });
  }
  if (elvin)
    await admitToShelter(ngoShelter, ids[2] as string, {
      personId: elvin,
      residentGroup: 'men',
      admittedOn: daysAgo(6),
    });

  const finance = await actingAs('finance@demo.opennrm.org');
  const year = new Date(now).getUTCFullYear();
  // The year's money is dated early in the year, but never after today: a demo loaded in
  // January would otherwise record payments on days to come, which the use cases refuse.
  const notAfterToday = (on: string) => (on < daysAgo(0) ? on : daysAgo(0));
  const line = await createBudgetLine(finance, {
    year,
    source: 'state_budget',
    name: 'Victim assistance (MIA)',
    amount: 314_330,
    currency: 'AZN',
  });
  const toState = await allocateFunding(finance, line.id, {
    recipientOrganisationId: facilities[0]!.organisationId,
    // A `shelter` organisation is taken for an NGO unless told: this one is the ministry's.
    recipientType: 'state',
    amount: 290_000,
    allocatedOn: notAfterToday(`${year}-01-15`),
    serviceType: 'accommodation',
  });
  await recordDisbursement(finance, toState.id, {
    amount: 120_000,
    disbursedOn: notAfterToday(`${year}-02-01`),
  });
  await allocateFunding(finance, line.id, {
    recipientOrganisationId: facilities[2]!.organisationId,
    amount: 12_000,
    allocatedOn: notAfterToday(`${year}-03-01`),
    serviceType: 'accommodation',
  });
  return ids.length;
}
