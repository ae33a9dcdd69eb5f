import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from './create-store.ts';
import { resealAll } from './reseal-all.ts';
import { anOrganisation } from './stores/test-fixtures.ts';
import { describeEachBackend } from './testing/describe-each-backend.ts';
import type { TestDatabase } from './testing/test-database.ts';

/** A stand-in sealer: "k1:<aad>:<plain>" re-sealed to "k2:<aad>:<plain>". */
const sealed = (key: string, aad: string, plain: string) => `${key}:${aad}:${plain}`;

describeEachBackend('resealAll', (open, backend) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await open();
  });
  afterAll(() => t?.close());

  it('re-seals every registered value in batches, with the row-bound aad, and skips current ones', async () => {
    const store = createStore(t.db);
    const orgs = Array.from({ length: 1203 }, (_, i) => anOrganisation({ name: `Org ${i}` }));
    for (const [i, org] of orgs.entries()) {
      const aad = `organisation.address.${org.id}`;
      const addressSealed = i % 10 === 0 ? null : sealed(i % 7 === 0 ? 'k2' : 'k1', aad, `street ${i}`);
      await store.organisations.create({ ...org, addressSealed });
    }
    const withValue = orgs.filter((_, i) => i % 10 !== 0);
    const alreadyCurrent = orgs.filter((_, i) => i % 10 !== 0 && i % 7 === 0);
    const seenAad = new Set<string>();
    const progress: number[] = [];
    const result = await resealAll(
      t.db,
      (value, aad) => {
        seenAad.add(aad);
        const [key, valueAad, plain] = value.split(':');
        if (valueAad !== aad) throw new Error(`aad mismatch: ${valueAad} vs ${aad}`);
        return key === 'k2' ? null : sealed('k2', aad, plain!);
      },
      (_resealed, scanned) => progress.push(scanned),
    );
    expect(result).toEqual({ scanned: withValue.length, resealed: withValue.length - alreadyCurrent.length });
    expect(seenAad.size).toBe(withValue.length);
    expect(progress).toEqual([500, 1000, withValue.length]);
    const rows = await t.db.selectFrom('organisations').select(['id', 'address_sealed']).execute();
    for (const row of rows) {
      if (row.address_sealed !== null) expect(row.address_sealed.startsWith('k2:')).toBe(true);
    }
    const again = await resealAll(t.db, (value) => (value.startsWith('k2:') ? null : value));
    expect(again).toEqual({ scanned: withValue.length, resealed: 0 });
  });

  // Only PostgreSQL can interleave a server write with a batch; PGlite runs one at a time.
  it.runIf(backend === 'postgres')('never overwrites a value the server changed meanwhile', async () => {
    const store = createStore(t.db);
    const org = anOrganisation({ addressSealed: 'k1:old' });
    await store.organisations.create(org);
    let resealing: Promise<unknown> | undefined;
    await t.db.transaction().execute(async (server) => {
      // The server's write holds the row lock; resealAll reads the old committed value, then
      // its compare-and-set waits for the lock and finds the value changed.
      await server
        .updateTable('organisations')
        .set({ address_sealed: 'k2:server' })
        .where('id', '=', org.id)
        .execute();
      resealing = resealAll(t.db, (value) => (value === 'k1:old' ? 'k2:resealed' : null));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await resealing).toMatchObject({ resealed: 0 });
    expect((await store.organisations.get(org.id))?.addressSealed).toBe('k2:server');
  });
});
