import { describe, expect, it } from 'vitest';
import { operatorActor } from '../auth/operator-actor.ts';
import { roles } from '../auth/roles.ts';
import { DomainError } from '../support/errors.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import type { CtdcExportRange, CtdcExportSource, NationalExportRecord } from './ctdc-export-ports.ts';
import { ctdcSyntheticColumns } from './ctdc-synthetic-columns.ts';
import { exportCtdcSynthetic } from './export-ctdc-synthetic.ts';

const woman: NationalExportRecord = {
  yearOfRegistration: 2024,
  gender: 'Feminine',
  ageBand: '21-23',
  birthYear: null,
  citizenships: ['AZ'],
  exploitation: {
    forms: ['SexualExploitation'],
    industry: null,
    meansOfControl: ['WithholdsDocuments'],
    recruiterRelationship: 'Acquainted',
    exploitationCountries: ['AE'],
    periodFrom: '2023-01-01',
    periodTo: '2023-06-01',
  },
};
const man: NationalExportRecord = { ...woman, gender: 'Masculine', ageBand: '30-38', exploitation: null };

/** The port over a list, remembering what was asked. */
function listSource(records: NationalExportRecord[]): CtdcExportSource & { asked: CtdcExportRange[] } {
  const asked: CtdcExportRange[] = [];
  return {
    asked,
    rows: async (range) => {
      asked.push(range);
      return records;
    },
  };
}

/** `exportK`: the administrator's minimum k (Statistics settings); unset, the default 11. */
async function world(records: NationalExportRecord[], exportK?: number) {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  if (exportK !== undefined)
    await store.configuration.set('statistics', { suppressionThreshold: 5, exportK }, new Date());
  const ministry = await addOrganisation(deps, 'coordinator', 'Ministry');
  const source = listSource(records);
  return { store, deps, ministry, source };
}

async function rejects(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof DomainError) return error;
  throw new Error(`expected a DomainError, got ${String(error)}`);
}

describe('exportCtdcSynthetic', () => {
  it('lets the national coordinator export a k-anonymous file, audited with the summary only', async () => {
    const records = [
      ...Array.from({ length: 11 }, () => woman),
      ...Array.from({ length: 10 }, () => ({ ...woman, citizenships: [] })),
      { ...woman, citizenships: ['GE'] },
      ...Array.from({ length: 3 }, () => man),
    ];
    const { store, deps, ministry, source } = await world(records);
    const coordinator = actAs(deps, ministry, ['national_coordinator']);
    const result = await exportCtdcSynthetic(
      { ...coordinator, ctdcExportSource: source },
      { fromYear: 2024, toYear: 2024 },
    );
    expect(source.asked).toEqual([{ fromYear: 2024, toYear: 2024, includePresumed: false }]);
    const lines = result.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(ctdcSyntheticColumns.join(','));
    // The 11 women are exported as they are. The Georgian citizen, the 10 women of unknown
    // citizenship and the 3 men form one group of 14: what they share is published, ages as the
    // range that covers them, and what they do not share as "*" (withheld), never as an empty
    // cell that would read as unknown. Nobody is dropped.
    expect(lines).toHaveLength(1 + 25);
    expect(lines.filter((l) => l.startsWith('2024,Woman,21--23,AZE,ARE,0--12,'))).toHaveLength(11);
    const mixed = `2024,*,21--38,*,*,*${','.repeat(8)}*,,*${','.repeat(9)}*,,`;
    expect(lines.filter((l) => l === mixed)).toHaveLength(14);
    expect(result.summary).toMatchObject({
      k: 11,
      fromYear: 2024,
      toYear: 2024,
      includePresumed: false,
      method: 'partition',
      recordsConsidered: 25,
      recordsExported: 25,
      recordsSuppressed: 0,
    });
    // Withheld: cells that had a value and were published as "*".
    expect(result.summary.valuesSuppressed).toMatchObject({
      gender: 14,
      citizenship: 4,
      recruiterRelationFriend: 11,
      meansWithholdDocs: 11,
      traffickMonths: 11,
      CountryOfExploitation: 11,
      isSexualExploit: 11,
      ageBroad: 0,
    });
    // The information kept, measured against greedy suppression on the same records.
    const { before, published, greedySuppression } = result.summary.informativeCells;
    expect([before.gender, published.gender, greedySuppression.gender]).toEqual([25, 11, 22]);
    expect([before.ageBroad, published.ageBroad, greedySuppression.ageBroad]).toEqual([25, 25, 22]);
    expect([published.isSexualExploit, greedySuppression.isSexualExploit]).toEqual([11, 22]);

    expect(store.tables.audit).toHaveLength(1);
    const event = store.tables.audit[0];
    expect(event).toMatchObject({
      action: 'statistics.ctdc_exported',
      entityType: 'statistics',
      actorUserId: coordinator.actor.userId,
      details: { k: 11, recordsExported: 25, recordsSuppressed: 0, method: 'partition' },
    });
    // Counts and settings only: no value of any record reaches the audit log.
    expect(JSON.stringify(event?.details)).not.toMatch(/AZE|GEO|ARE|Woman|21--23/);
  });

  it('sorts the rows by their values, so their order says nothing about registration', async () => {
    const later = { ...woman, yearOfRegistration: 2025 };
    const records = [...Array.from({ length: 2 }, () => later), ...Array.from({ length: 2 }, () => woman)];
    const { deps, ministry, source } = await world([later, ...records, woman], 2);
    const coordinator = actAs(deps, ministry, ['national_coordinator']);
    const { csv } = await exportCtdcSynthetic({ ...coordinator, ctdcExportSource: source }, { k: 2 });
    const years = csv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(years).toEqual(['2024', '2024', '2024', '2025', '2025', '2025']);
  });

  it('refuses every other role, and a token without statistics:read', async () => {
    const { deps, ministry, source } = await world([woman]);
    for (const role of roles.filter((r) => r !== 'national_coordinator')) {
      const ctx = actAs(deps, ministry, [role]);
      const error = await rejects(exportCtdcSynthetic({ ...ctx, ctdcExportSource: source }, {}));
      expect(error.code, role).toBe('forbidden');
    }
    const coordinator = actAs(deps, ministry, ['national_coordinator']);
    const token = { ...coordinator, actor: { ...coordinator.actor, tokenScopes: ['organisation:read'] } };
    expect((await rejects(exportCtdcSynthetic({ ...token, ctdcExportSource: source }, {}))).code).toBe(
      'forbidden',
    );
    expect(source.asked).toHaveLength(0);
  });

  it('lets the operator export from the command line, audited as such', async () => {
    const { store, deps, source } = await world([woman, woman], 2);
    const result = await exportCtdcSynthetic(
      { ...deps, ctdcExportSource: source, actor: operatorActor(), request: null },
      { k: 2, includePresumed: true },
    );
    expect(result.summary.recordsExported).toBe(2);
    expect(source.asked).toEqual([{ fromYear: null, toYear: null, includePresumed: true }]);
    expect(store.tables.audit[0]).toMatchObject({
      actorUserId: null,
      actorOrganisationId: null,
      actorRoles: [],
      details: { via: 'cli', includePresumed: true },
    });
  });

  it('refuses a k below 2, a reversed year range and a year that is not one', async () => {
    const { deps, source } = await world([woman]);
    const operator = { ...deps, ctdcExportSource: source, actor: operatorActor(), request: null };
    for (const input of [{ k: 1 }, { k: 3.5 }, { fromYear: 2025, toYear: 2024 }, { fromYear: 24.5 }]) {
      expect((await rejects(exportCtdcSynthetic(operator, input))).code).toBe('validation_failed');
    }
    expect(source.asked).toHaveLength(0);
  });

  it("refuses a k below the administrator's minimum before reading any record; a larger k is fine", async () => {
    const { deps, source } = await world(Array.from({ length: 12 }, () => woman));
    const operator = { ...deps, ctdcExportSource: source, actor: operatorActor(), request: null };
    const error = await rejects(exportCtdcSynthetic(operator, { k: 2 }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('k = 2 is below the minimum of 11 set in the Statistics settings');
    expect(source.asked).toHaveLength(0);
    expect((await exportCtdcSynthetic(operator, { k: 12 })).summary).toMatchObject({
      k: 12,
      recordsExported: 12,
    });
  });
});
