import { ensureShippedIndicatorLists, listPersons, personIndexKeys } from '@opennrm/core';
import { indexPersonNames } from '@opennrm/db';
import { createDatabaseTestDeps, describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from './demo/load-demo.ts';
import { actingAs } from './demo/load-demo-persons.ts';

/**
 * `opennrm persons index-names` (issue 21): persons registered before the name search have no
 * name keys, so a search by name misses them; the backfill computes the keys from the sealed
 * names, after which the search finds them, and running it again adds nothing.
 */
describeEachBackend(
  'persons index-names: name keys for persons registered before the name search',
  (open) => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await open();
    });
    afterAll(() => database?.close());

    it('finds by name only after the backfill, which a second run leaves as it is', async () => {
      const deps = createDatabaseTestDeps(database.db);
      await ensureShippedIndicatorLists(deps);
      await loadDemo(deps);
      // As a database from before the blind index of names: no keys at all.
      await sql`delete from person_duplicate_keys`.execute(database.db);
      const caseWorker = await actingAs(deps, 'caseworker@demo.opennrm.org');
      const byName = async () =>
        (await listPersons(caseWorker, { name: 'Jocelyn Bautista', limit: 10 })).persons.map((p) => p.id);
      expect(await byName()).toEqual([]);

      const first = await indexPersonNames(database.db, (person) => personIndexKeys(deps, person));
      expect(first.scanned).toBeGreaterThanOrEqual(4);
      expect(first.added).toBeGreaterThan(0);
      expect(await byName()).toHaveLength(1);
      expect(await indexPersonNames(database.db, (person) => personIndexKeys(deps, person))).toEqual({
        scanned: first.scanned,
        added: 0,
      });
    }, 180_000);
  },
);
