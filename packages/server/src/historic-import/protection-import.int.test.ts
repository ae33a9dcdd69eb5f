import { type ImportSheet, runHistoricImport } from '@opennrm/core';
import { actAs } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

function sheet(name: string, rows: Record<string, string>[]): ImportSheet {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { name, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

type Table = { key: string; rows: { code: string }[]; current: { rowTotals: { value: number | null }[] } };

/**
 * Protection figures of a past year loaded through the historic import (services, stays in the
 * importing body's own facility, a budget line and its allocation), on both databases: they come
 * out of that year's report as the API-entered ones do, and a second run changes nothing.
 */
describeEachBackend('protection through the historic import', (open) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    const made = await t.request('POST', '/api/shelters', {
      headers: await t.signInAs('system_administrator'),
      body: {
        organisationId: t.organisations.police.id,
        name: 'MIA shelter',
        operatorType: 'state',
        region: 'Baku',
        capacity: { women: 50, men: 10, children: 0, families: 0 },
        specialisations: ['general'],
        freeMovement: false,
      },
    });
    expect(made.status).toBe(201);
  });
  afterAll(() => database?.close());

  const persons = ['P1', 'P2', 'P3'].map((id, i) => ({
    source_id: id,
    sex: 'Feminine',
    birth_year: String(1985 + i),
  }));
  const sheets = [
    sheet('persons', persons),
    sheet(
      'decisions',
      persons.map((p, i) => ({
        source_id: `D${i}`,
        person_source_id: p.source_id,
        outcome: 'identified',
        decided_on: '2014-03-01',
        grounds: 'Certified.',
      })),
    ),
    sheet(
      'services',
      persons.map((p, i) => ({
        source_id: `S${i}`,
        person_source_id: p.source_id,
        service_type: 'financial_allowance',
        delivered_on: '2014-04-01',
        amount: '400',
        outcome: 'completed',
      })),
    ),
    sheet('stays', [
      {
        source_id: 'ST1',
        person_source_id: 'P1',
        facility: 'MIA shelter',
        resident_group: 'women',
        admitted_on: '2014-03-05',
        discharged_on: '2014-06-01',
        discharge_reason: 'recovered',
      },
      {
        source_id: 'ST2',
        person_source_id: 'P2',
        facility: 'MIA shelter',
        resident_group: 'women',
        admitted_on: '2014-03-06',
      },
    ]),
    sheet('budget_lines', [
      {
        source_id: 'B1',
        year: '2014',
        source: 'state_budget',
        name: 'Victim assistance',
        amount: '314330',
        currency: 'AZN',
      },
    ]),
    sheet('allocations', [
      {
        source_id: 'A1',
        budget_line_source_id: 'B1',
        recipient_organisation: 'named in the test',
        amount: '314330',
        allocated_on: '2014-02-01',
      },
    ]),
  ];

  it('loads services, stays and money of 2014 that the 2014 report counts', async () => {
    const admin = actAs(
      t.deps,
      t.organisations.system_operator,
      ['system_administrator'],
      t.users.system_administrator.id,
    );
    const input = {
      organisationId: t.organisations.police.id,
      fileName: 'protection-2014.xlsx',
      fileSha256: 'cd'.repeat(32),
      dryRun: false,
    };
    // The allocation names the police by name: the sheet is built once the app exists.
    const fixed = sheets.map((s) =>
      s.name === 'allocations'
        ? sheet('allocations', [{ ...s.rows[0]!.cells, recipient_organisation: t.organisations.police.name }])
        : s,
    );
    const report = await runHistoricImport(admin, { ...input, sheets: fixed });
    expect(report.errors).toEqual([]);
    expect(report.outcome).toBe('imported');
    const again = await runHistoricImport(admin, { ...input, fileSha256: 'ef'.repeat(32), sheets: fixed });
    expect(again.errors).toEqual([]);

    const res = await t.request('GET', '/api/statistics/report?year=2014', {
      headers: await t.signInAs('national_coordinator'),
    });
    const { tables } = (await res.json()) as { tables: Table[] };
    const row = (key: string, code: string) => {
      const table = tables.find((x) => x.key === key)!;
      return table.current.rowTotals[table.rows.findIndex((r) => r.code === code)]!.value;
    };
    expect(row('allowances_paid.provider_standing', 'state')).toBe(3);
    expect(row('allowances_paid.total', 'state')).toBe(1200);
    expect(row('shelter_stays.operator_movement', 'state')).toBe(2);
    expect(row('funding_allocated.recipient_source', 'state')).toBe(314_330);
  });
});
