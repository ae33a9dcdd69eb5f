import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Headers = Record<string, string>;

/**
 * Protection over HTTP on both databases: services recorded whatever the person's choice about
 * cooperating, a deportation of a victim alerting the coordinator, a shelter that never takes
 * more than its places under concurrent admissions, and where a person stays kept from those
 * who need not know it.
 */
describeEachBackend('protection over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let ngo: Headers;
  let shelter: Headers;
  let facilityId: string;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    ngo = await t.signInAs('case_worker');
    shelter = await t.signInAs('shelter_manager');
    const made = await t.request('POST', '/api/shelters', {
      headers: await t.signInAs('system_administrator'),
      body: {
        organisationId: t.organisations.shelter.id,
        name: 'Women’s shelter, Baku',
        operatorType: 'ngo',
        region: 'Baku',
        capacity: { women: 3, men: 0, children: 0, families: 0 },
        specialisations: ['women'],
        freeMovement: true,
        address: 'Secret street 1',
      },
    });
    expect(made.status).toBe(201);
    facilityId = ((await made.json()) as { facility: { id: string } }).facility.id;
  });
  afterAll(() => database?.close());

  async function person(citizenship = 'PH'): Promise<string> {
    const res = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: {
        gender: 'Feminine',
        citizenships: [citizenship],
        identity: { givenNames: 'Ana', familyName: `P${Math.random()}` },
        confirmDuplicates: true,
      },
    });
    return ((await res.json()) as { person: { id: string } }).person.id;
  }

  /** Refers the person to the shelter's organisation, which accepts. */
  async function referToShelter(personId: string): Promise<string> {
    const sent = await t.request('POST', `/api/persons/${personId}/referrals`, {
      headers: ngo,
      body: { toOrganisationId: t.organisations.shelter.id, services: ['shelter'], shareIdentity: false },
    });
    const id = ((await sent.json()) as { referral: { id: string } }).referral.id;
    const accepted = await t.request('POST', `/api/referrals/${id}/accept`, { headers: shelter, body: {} });
    expect(accepted.status).toBe(200);
    return id;
  }

  it('records services for a person who will not cooperate exactly as for one who will', async () => {
    for (const status of ['not_willing', 'willing', null] as const) {
      const id = await person();
      if (status) {
        const c = await t.request('POST', `/api/persons/${id}/cooperation`, {
          headers: ngo,
          body: { status, asOf: '2014-03-01' },
        });
        expect(c.status).toBe(201);
      }
      const allowance = await t.request('POST', `/api/persons/${id}/services`, {
        headers: ngo,
        body: {
          serviceType: 'financial_allowance',
          deliveredOn: '2014-03-02',
          amount: 400,
          outcome: 'completed',
        },
      });
      expect(allowance.status, await allowance.clone().text()).toBe(201);
      const reflection = await t.request('POST', `/api/persons/${id}/reflection-periods`, {
        headers: ngo,
        body: { startedOn: '2014-03-01', endsOn: '2014-03-30' },
      });
      expect(reflection.status).toBe(201);
      const permit = await t.request('POST', `/api/persons/${id}/residence-permits`, {
        headers: ngo,
        body: {
          permitType: 'victim_temporary',
          status: 'granted',
          appliedOn: '2014-03-03',
          decidedOn: '2014-03-10',
          validFrom: '2014-03-10',
          validUntil: '2015-03-09',
        },
      });
      expect(permit.status).toBe(201);
      const support = (await (
        await t.request('GET', `/api/persons/${id}/support`, { headers: ngo })
      ).json()) as {
        support: {
          services: { amount: number; currency: string }[];
          cooperationNow: { status: string } | null;
        };
      };
      expect(support.support.services).toMatchObject([{ amount: 400, currency: 'AZN' }]);
      expect(support.support.cooperationNow?.status ?? null).toBe(status);
    }
  });

  it('counts reflection periods ending within a week exactly as the persons list filtered to them', async () => {
    const id = await person();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const granted = await t.request('POST', `/api/persons/${id}/reflection-periods`, {
      headers: ngo,
      body: { startedOn: day(-27), endsOn: day(3) },
    });
    expect(granted.status).toBe(201);
    const listed = (await (
      await t.request('GET', '/api/persons?reflectionEnding=true', { headers: ngo })
    ).json()) as {
      persons: { id: string }[];
      total: number;
    };
    const today = (await (await t.request('GET', '/api/me/today', { headers: ngo })).json()) as {
      items: { key: string; count: number }[];
    };
    expect(listed.persons.map((p) => p.id)).toContain(id);
    expect(today.items.find((i) => i.key === 'reflection_periods_ending')?.count).toBe(listed.total);
  });

  it('refuses a reflection period under 30 days, an allowance without an amount, and keeps nothing', async () => {
    const id = await person();
    const short = await t.request('POST', `/api/persons/${id}/reflection-periods`, {
      headers: ngo,
      body: { startedOn: '2014-03-01', endsOn: '2014-03-29' },
    });
    expect(short.status).toBe(422);
    const noAmount = await t.request('POST', `/api/persons/${id}/services`, {
      headers: ngo,
      body: { serviceType: 'financial_allowance', deliveredOn: '2014-03-02', outcome: 'completed' },
    });
    expect(noAmount.status).toBe(422);
    const support = (await (
      await t.request('GET', `/api/persons/${id}/support`, { headers: ngo })
    ).json()) as {
      support: { services: unknown[]; reflectionPeriods: unknown[] };
    };
    expect(support.support.services).toEqual([]);
    expect(support.support.reflectionPeriods).toEqual([]);
  });

  it('records a delivery only as its own provider: a body cannot credit the state with what it did not deliver', async () => {
    const id = await person();
    await referToShelter(id);
    const delivery = (provider: string) => ({
      serviceType: 'financial_allowance',
      providerOrganisationId: provider,
      deliveredOn: '2014-03-02',
      amount: 400,
      outcome: 'completed',
    });
    // The NGO owns the person's record, yet may not name the police (a state body) or the shelter.
    for (const other of [t.organisations.police.id, t.organisations.shelter.id]) {
      const credited = await t.request('POST', `/api/persons/${id}/services`, {
        headers: ngo,
        body: delivery(other),
      });
      expect(credited.status).toBe(403);
    }
    // The shelter, which accepted the referral, records its own delivery.
    const own = await t.request('POST', `/api/persons/${id}/services`, {
      headers: shelter,
      body: delivery(t.organisations.shelter.id),
    });
    expect(own.status, await own.clone().text()).toBe(201);
    const support = (await (
      await t.request('GET', `/api/persons/${id}/support`, { headers: ngo })
    ).json()) as { support: { services: { providerOrganisationId: string }[] } };
    expect(support.support.services.map((s) => s.providerOrganisationId)).toEqual([
      t.organisations.shelter.id,
    ]);
  });

  it('alerts the national coordinator when a victim is deported, not when one goes home by choice', async () => {
    const coordinator = await t.signInAs('national_coordinator');
    const count = async () =>
      (
        (await (await t.request('GET', '/api/notifications', { headers: coordinator })).json()) as {
          notifications: { kind: string }[];
        }
      ).notifications.filter((n) => n.kind === 'protection.victim_removed').length;
    const before = await count();
    const id = await person('UZ');
    const voluntary = await t.request('POST', `/api/persons/${id}/returns`, {
      headers: ngo,
      body: { kind: 'assisted_voluntary_return', country: 'UZ', returnedOn: '2014-06-01' },
    });
    expect(((await voluntary.json()) as { coordinatorsAlerted: number }).coordinatorsAlerted).toBe(0);
    const deported = await t.request('POST', `/api/persons/${id}/returns`, {
      headers: ngo,
      body: { kind: 'deportation', country: 'UZ', returnedOn: '2014-06-02' },
    });
    expect(deported.status).toBe(201);
    expect(((await deported.json()) as { coordinatorsAlerted: number }).coordinatorsAlerted).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('never admits more than the places, under concurrent admissions; occupancy is admitted minus discharged', async () => {
    const persons = await Promise.all(Array.from({ length: 6 }, () => person()));
    for (const id of persons) await referToShelter(id);
    const results = await Promise.all(
      persons.map((personId) =>
        t.request('POST', `/api/shelters/${facilityId}/stays`, {
          headers: shelter,
          body: { personId, residentGroup: 'women', admittedOn: '2014-05-01' },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409]);
    const facility = async () =>
      (await (await t.request('GET', `/api/shelters/${facilityId}`, { headers: shelter })).json()) as {
        facility: { occupancy: { women: number } };
        residents: { id: string }[] | null;
      };
    const full = await facility();
    expect(full.facility.occupancy.women).toBe(3);
    expect(full.residents).toHaveLength(3);
    const stayId = full.residents?.[0]?.id as string;
    const discharges = await Promise.all(
      [1, 2].map(() =>
        t.request('POST', `/api/shelter-stays/${stayId}/discharge`, {
          headers: shelter,
          body: { dischargedOn: '2014-05-20', reason: 'recovered' },
        }),
      ),
    );
    expect(discharges.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await facility()).facility.occupancy.women).toBe(2);
    const board = (await (
      await t.request('GET', '/api/shelters', { headers: await t.signInAs('national_coordinator') })
    ).json()) as {
      board: {
        national: { occupancy: { women: number } };
        facilities: { may: { readResidents: boolean } }[];
      };
    };
    expect(board.board.national.occupancy.women).toBe(2);
    expect(board.board.facilities.every((f) => !f.may.readResidents)).toBe(true);
  });

  it('counts a stay with the freedom of movement its shelter had then, not after the rules changed', async () => {
    const admin = await t.signInAs('system_administrator');
    const made = await t.request('POST', '/api/shelters', {
      headers: admin,
      body: {
        organisationId: t.organisations.shelter.id,
        name: 'Closed shelter',
        operatorType: 'ngo',
        region: 'Baku',
        capacity: { women: 2, men: 0, children: 0, families: 0 },
        specialisations: [],
        freeMovement: false,
      },
    });
    expect(made.status).toBe(201);
    const closed = ((await made.json()) as { facility: { id: string } }).facility.id;
    const id = await person();
    await referToShelter(id);
    const admitted = await t.request('POST', `/api/shelters/${closed}/stays`, {
      headers: shelter,
      body: { personId: id, residentGroup: 'women', admittedOn: '2013-06-01' },
    });
    expect(admitted.status).toBe(201);
    // Later the residents are let out: the 2013 stay was still spent behind a locked door.
    const opened = await t.request('PATCH', `/api/shelters/${closed}`, {
      headers: admin,
      body: { freeMovement: true },
    });
    expect(opened.status).toBe(200);
    const report = (await (
      await t.request('GET', '/api/statistics/report?year=2013', {
        headers: await t.signInAs('national_coordinator'),
      })
    ).json()) as {
      tables: { key: string; columns: { code: string }[]; current: { columnTotals: { value: number }[] } }[];
    };
    const stays = report.tables.find((x) => x.key === 'shelter_stays.operator_movement')!;
    const column = (code: string) =>
      stays.current.columnTotals[stays.columns.findIndex((c) => c.code === code)]!.value;
    expect(column('restricted')).toBe(1);
    expect(column('free')).toBe(0);
  });

  it('keeps where a person stays, and the address, from those who need not know it', async () => {
    const id = await person();
    await referToShelter(id);
    const admitted = await t.request('POST', `/api/shelters/${facilityId}/stays`, {
      headers: shelter,
      body: { personId: id, residentGroup: 'women', admittedOn: '2014-07-01' },
    });
    expect(admitted.status).toBe(201);
    // The owner knows where; a body the record is shared with does not.
    await t.request('POST', `/api/persons/${id}/shares`, {
      headers: ngo,
      body: { organisationId: t.organisations.police.id, reason: 'investigation' },
    });
    const stays = async (headers: Headers) =>
      (
        (await (await t.request('GET', `/api/persons/${id}/support`, { headers })).json()) as {
          support: {
            stays: { facilityId: string | null; facilityName: string | null; operatorType: string }[];
          };
        }
      ).support.stays;
    expect((await stays(ngo))[0]).toMatchObject({ facilityId, operatorType: 'ngo' });
    expect((await stays(await t.signInAs('investigator')))[0]).toMatchObject({
      facilityId: null,
      facilityName: null,
      operatorType: 'ngo',
    });
    const reveal = (headers: Headers) =>
      t.request('POST', `/api/shelters/${facilityId}/address/reveal`, { headers });
    expect(((await (await reveal(shelter)).json()) as { address: string }).address).toBe('Secret street 1');
    expect((await reveal(ngo)).status).toBe(403);
    expect((await reveal(await t.signInAs('national_coordinator'))).status).toBe(403);
    // The administrator who registered it writes the address, never reads it back.
    expect((await reveal(await t.signInAs('system_administrator'))).status).toBe(403);
    const asCaseWorker = (await (
      await t.request('GET', `/api/shelters/${facilityId}`, { headers: ngo })
    ).json()) as {
      residents: unknown;
    };
    expect(asCaseWorker.residents).toBeNull();
  });
});
