import {
  type Actor,
  type CtdcExportDeps,
  type CtdcSyntheticColumn,
  ctdcRegionNames,
  ctdcSyntheticAgeBroad,
  ctdcSyntheticBinaryColumns,
  ctdcSyntheticColumns,
  ctdcSyntheticGenders,
  ctdcSyntheticTraffickMonths,
  exportCtdcSynthetic,
  measureKAnonymity,
  type Person,
  type Store,
} from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aDecision, anExploitation, aPerson } from '../testing/identification-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation } from '../testing/test-fixtures.ts';
import { createCtdcExportSource } from './ctdc-export-source.ts';

describeEachBackend('CTDC open-data export', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const ministry = anOrganisation({ name: 'Ministry', type: 'coordinator' });
  const codes: string[] = [];

  async function addPerson(
    overrides: Partial<Person>,
    decisions: { on: string; outcome?: 'identified' | 'not_victim' }[],
    exploitation?: Parameters<typeof anExploitation>[1] | null,
  ): Promise<void> {
    const person = aPerson(police.id, {
      status: decisions.length > 0 ? 'identified' : 'presumed',
      ...overrides,
    });
    await store.persons.create(person);
    codes.push(person.code, person.id);
    for (const d of decisions)
      await store.decisions.create(
        aDecision(person, { decidedOn: d.on, outcome: d.outcome ?? 'identified' }),
      );
    if (exploitation !== null) await store.persons.saveExploitation(anExploitation(person.id, exploitation));
  }

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [police, ministry]) await store.organisations.create(org);
    // 12 women from Azerbaijan in domestic servitude in the Emirates, identified in 2024.
    for (let i = 0; i < 12; i++) await addPerson({}, [{ on: `2024-0${(i % 9) + 1}-10` }]);
    // 11 men from Georgia, no exploitation recorded; one was first identified in 2023.
    for (let i = 0; i < 11; i++)
      await addPerson(
        { gender: 'Masculine', ageBand: null, birthYear: 1990, citizenships: ['GE'] },
        [{ on: '2024-05-02' }],
        null,
      );
    await addPerson(
      { gender: 'Masculine', ageBand: '30-38', citizenships: ['GE'] },
      [{ on: '2023-12-30' }, { on: '2024-02-01' }],
      null,
    );
    // One of a kind: would be recognisable, so it must not be published as it is.
    await addPerson(
      { gender: 'NonConforming', ageBand: '48+', citizenships: ['UA'] },
      [{ on: '2024-07-07' }],
      { forms: ['SexualExploitation'], industry: null, exploitationCountries: ['TR'], periodTo: null },
    );
    // Not in the 2024 export: presumed only, earlier years, not a victim.
    for (let i = 0; i < 3; i++) await addPerson({ createdAt: new Date('2024-06-01T12:00:00Z') }, [], null);
    for (let i = 0; i < 2; i++) await addPerson({}, [{ on: '2022-03-03' }]);
    await addPerson({ status: 'not_victim' }, [{ on: '2024-03-03', outcome: 'not_victim' }]);
  });
  afterAll(() => t?.close());

  function deps(): CtdcExportDeps {
    const actor: Actor = {
      userId: crypto.randomUUID(),
      organisationId: ministry.id,
      organisationType: 'coordinator',
      roles: ['national_coordinator'],
      credentialId: 'session',
    };
    return {
      store,
      clock: { now: () => new Date() },
      ctdcExportSource: createCtdcExportSource(t.db),
      actor,
      request: { requestId: 'req-ctdc', clientIp: '192.0.2.1', userAgent: 'test' },
    };
  }

  it('reads identified persons of the years asked, with their exploitation, in one query', async () => {
    const source = createCtdcExportSource(t.db);
    const all = await source.rows({ fromYear: 2024, toYear: 2024, includePresumed: false });
    expect(all).toHaveLength(24);
    expect(all.every((r) => r.yearOfRegistration === 2024)).toBe(true);
    expect(all.filter((r) => r.exploitation === null)).toHaveLength(11);
    const woman = all.find((r) => r.gender === 'Feminine');
    expect(woman).toEqual({
      yearOfRegistration: 2024,
      gender: 'Feminine',
      ageBand: '24-26',
      birthYear: 1999,
      citizenships: ['AZ'],
      exploitation: {
        forms: ['ForcedLabour', 'DomesticServitude'],
        industry: 'T',
        sexExploitationTypes: [],
        meansOfControl: ['DebtBondage', 'WithholdsDocuments'],
        recruiterRelationship: 'Acquainted',
        exploitationCountries: ['AE'],
        recruitmentCountries: ['AZ'],
        transitCountries: ['GE', 'TR'],
        periodFrom: '2023-02-28',
        periodTo: '2024-12-31',
      },
    });
    expect(await source.rows({ fromYear: 2023, toYear: 2023, includePresumed: false })).toHaveLength(1);
    expect(await source.rows({ fromYear: null, toYear: 2022, includePresumed: false })).toHaveLength(2);
    const withPresumed = await source.rows({ fromYear: 2024, toYear: null, includePresumed: true });
    expect(withPresumed).toHaveLength(27);
  });

  it('exports format B, k-anonymous over every column, nothing identifying, audited', async () => {
    const { csv, summary } = await exportCtdcSynthetic(deps(), { fromYear: 2024, toYear: 2024 });
    expect(csv).not.toContain('"');
    const [header, ...lines] = csv.trimEnd().split('\r\n');
    expect(header?.split(',')).toEqual([...ctdcSyntheticColumns]);
    const rows = lines.map((line) => {
      const cells = line.split(',');
      expect(cells).toHaveLength(27);
      return Object.fromEntries(ctdcSyntheticColumns.map((c, i) => [c, cells[i] ?? ''])) as Record<
        CtdcSyntheticColumn,
        string
      >;
    });
    // CTDC's values, '' (unknown), '*' (withheld), or a generalisation: a range of CTDC's bands,
    // an M49 region.
    const range = /^\d+(--\d+|\+)$/;
    for (const row of rows) {
      expect(row.yearOfRegistration).toBe('2024');
      expect(['', '*', ...ctdcSyntheticGenders]).toContain(row.gender);
      expect(['', '*', ...ctdcSyntheticAgeBroad].includes(row.ageBroad) || range.test(row.ageBroad)).toBe(
        true,
      );
      expect(
        ['', '*', ...ctdcSyntheticTraffickMonths].includes(row.traffickMonths) ||
          range.test(row.traffickMonths),
      ).toBe(true);
      for (const c of ['citizenship', 'CountryOfExploitation'] as const)
        expect(/^([A-Z]{3}|\*)?$/.test(row[c]) || ctdcRegionNames.has(row[c]), row[c]).toBe(true);
      for (const c of ctdcSyntheticBinaryColumns) expect(['', '1', '*']).toContain(row[c]);
    }
    for (const code of codes) expect(csv).not.toContain(code);

    // Full set, then (as a reader would tabulate) every single column, pair and the non-binary block.
    const categorical = ctdcSyntheticColumns.filter((c) => !ctdcSyntheticBinaryColumns.includes(c));
    const subsets = [
      [...ctdcSyntheticColumns],
      ...ctdcSyntheticColumns.flatMap((a, i) => [
        [a],
        ...ctdcSyntheticColumns.slice(i + 1).map((b) => [a, b]),
      ]),
      ...Array.from({ length: 2 ** categorical.length - 1 }, (_, m) =>
        categorical.filter((_, i) => (m + 1) & (1 << i)),
      ),
    ];
    for (const columns of subsets) expect(measureKAnonymity(rows, columns)).toBeGreaterThanOrEqual(11);

    const women = rows.filter((r) => r.gender === 'Woman');
    expect(women).toHaveLength(12);
    expect(women[0]).toMatchObject({
      ageBroad: '24--26',
      citizenship: 'AZE',
      CountryOfExploitation: 'ARE',
      traffickMonths: '13--24',
      meansDebtBondageEarnings: '1',
      meansWithholdDocs: '1',
      isForcedLabour: '1',
      isSexualExploit: '',
      typeOfLabourDomesticWork: '1',
      recruiterRelationFriend: '1',
    });
    // The 11 men of 2024 (age from the birth year) and the one of a kind make one group of 12:
    // it cannot be recognised in it, and it is still counted. Where they differ the group
    // publishes the range that covers them or "*" (withheld), never a blank that reads "unknown".
    expect(rows.filter((r) => r.gender === 'Man')).toHaveLength(0);
    expect(
      rows.filter(
        (r) =>
          r.gender === '*' &&
          r.ageBroad === '30+' &&
          r.citizenship === '*' &&
          r.CountryOfExploitation === '*',
      ),
    ).toHaveLength(12);
    expect(summary).toMatchObject({
      k: 11,
      method: 'partition',
      recordsConsidered: 24,
      recordsExported: 24,
      recordsSuppressed: 0,
    });

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['details', 'actor_roles'])
      .where('action', '=', 'statistics.ctdc_exported')
      .execute();
    expect(audit.at(-1)?.details).toMatchObject({ k: 11, recordsExported: 24, fromYear: 2024 });
    expect(audit.at(-1)?.actor_roles).toEqual(['national_coordinator']);
  });

  it('takes presumed victims on request, and a smaller k keeps smaller groups', async () => {
    const { summary } = await exportCtdcSynthetic(deps(), {
      fromYear: 2024,
      toYear: 2024,
      includePresumed: true,
    });
    // The 3 presumed women and the one of a kind cannot make a group of 11 on their own: they
    // join the men, whose group then withholds what they do not share. Nobody is dropped.
    expect(summary).toMatchObject({ recordsConsidered: 27, recordsExported: 27, recordsSuppressed: 0 });
    expect(summary.valuesSuppressed).toMatchObject({ gender: 15, citizenship: 15 });
    // A k below the administrator's minimum is refused; lowering the setting allows it.
    await expect(
      exportCtdcSynthetic(deps(), { fromYear: 2024, toYear: 2024, includePresumed: true, k: 3 }),
    ).rejects.toMatchObject({ code: 'bad_request', details: { minimum: 11 } });
    await store.configuration.set('statistics', { suppressionThreshold: 5, exportK: 3 }, new Date());
    const small = await exportCtdcSynthetic(deps(), {
      fromYear: 2024,
      toYear: 2024,
      includePresumed: true,
      k: 3,
    });
    expect(small.summary).toMatchObject({ recordsExported: 27, recordsSuppressed: 0 });
    // At k = 3 the men and the presumed women are groups of their own; the one of a kind joins
    // the group that loses least by it (the 3 presumed women, not the 11 men or the 12 women).
    const lines = small.csv.split('\r\n');
    expect(lines.filter((l) => l === `2024,Man,30--38,GEO${','.repeat(23)}`)).toHaveLength(11);
    expect(lines.filter((l) => l.startsWith('2024,*,24+,*,*,'))).toHaveLength(4);
  });
});
