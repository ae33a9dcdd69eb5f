import { buildAnnualReport, caseVictimRoles } from '@opennrm/core';
import { actAs, addOrganisation, addUser, createTestDeps } from '@opennrm/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { createRandom, seedScenario } from './statistics-scenario.ts';

const sexOf = (gender: string) =>
  gender === 'Feminine'
    ? 'female'
    : gender === 'Masculine'
      ? 'male'
      : gender === 'NonSpecifiedUnknown'
        ? 'unknown'
        : 'other';

/**
 * Victims who testified, by role and sex, held to a count by hand on both databases: each victim
 * of a case counts in the year of the day they testified, with the sex of their record (read
 * from the kept report dimensions, which must say what the person's record says).
 */
describeEachBackend('victims who testified', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
  }, 120_000);
  afterAll(() => database?.close());

  it('counts each testimony in its year by the role and the sex of the person', async () => {
    const police = await addOrganisation(deps, 'police', 'Anti-Trafficking Department');
    const coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
    const user = await addUser(deps, police, ['investigator'], 'investigator@example.org');
    // Referrals need a second organisation to go to.
    const ngo = await addOrganisation(deps, 'ngo', 'Clean World');
    const records = await seedScenario(deps.store, [police, ngo], 30, 2014);
    const random = createRandom(7);
    const counted: Record<string, number> = {};
    // Two cases; each person a victim of one, testifying in 2013, 2014, 2015 or not at all.
    const cases = [crypto.randomUUID(), crypto.randomUUID()];
    for (const id of cases) {
      await sql`insert into criminal_cases (id, organisation_id, reference, opened_by, opened_on, legal_basis,
          exploitation_forms, official_flag, complicity, version, created_by, created_at, updated_at)
        values (${id}, ${police.id}, ${id}, 'police_atu', '2013-01-10', '{}', '{sexual}', false, false, 1,
          ${user.id}, now(), now())`.execute(database.db);
    }
    for (const [i, record] of records.entries()) {
      const year = [2013, 2014, 2015, null][Math.floor(random() * 4)]!;
      const role = caseVictimRoles[i % caseVictimRoles.length]!;
      const on = year === null ? null : `${year}-0${1 + Math.floor(random() * 9)}-15`;
      await sql`insert into case_victims (case_id, person_id, role, testified, testified_on, protection_measures, linked_at)
        values (${cases[i % 2]}, ${record.person.id}, ${role}, ${on !== null}, ${on}, '{}', now())`.execute(
        database.db,
      );
      if (year === 2013 || year === 2014) {
        const key = `${year}|${role}|${sexOf(record.person.gender)}`;
        counted[key] = (counted[key] ?? 0) + 1;
      }
    }
    const report = await buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), {
      year: 2014,
      view: 'internal',
    });
    const table = report.tables.find((t) => t.key === 'victims_testified.role_sex')!;
    const shown: Record<string, number> = {};
    for (const [year, figures] of [
      [2014, table.current],
      [2013, table.previous],
    ] as const) {
      table.rows.forEach((row, r) => {
        table.columns.forEach((column, c) => {
          const value = figures.cells[r]![c]!.value ?? 0;
          if (value > 0) shown[`${year}|${row.code}|${column.code}`] = value;
        });
      });
    }
    expect(shown).toEqual(counted);
    expect(Object.keys(counted).length).toBeGreaterThan(3);
  });
});
