import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from './create-store.ts';
import { resealAll } from './reseal-all.ts';
import { sealedColumns } from './sealed-columns.ts';
import { sealedPersonColumns } from './stores/person-rows.ts';
import { describeEachBackend } from './testing/describe-each-backend.ts';
import { aDecision, aPerson } from './testing/identification-fixtures.ts';
import { aMessage, aReferral } from './testing/referral-fixtures.ts';
import type { TestDatabase } from './testing/test-database.ts';
import { anOrganisation } from './testing/test-fixtures.ts';

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

  it('re-seals every identity field of a person and decision grounds, each under its own aad', async () => {
    // The organisations of the test above would be counted again; this one counts only its own.
    await t.db.deleteFrom('organisations').execute();
    const store = createStore(t.db);
    const org = anOrganisation();
    await store.organisations.create(org);
    const fields = Object.keys(sealedPersonColumns) as (keyof typeof sealedPersonColumns)[];
    const person = aPerson(org.id, { sealed: {} });
    person.sealed = Object.fromEntries(fields.map((f) => [f, sealed('k1', `person.${f}.${person.id}`, f)]));
    const bare = aPerson(org.id, { sealed: {} });
    const decision = aDecision(person);
    decision.groundsSealed = sealed('k1', `decision.grounds.${decision.id}`, 'grounds');
    await store.persons.create(person);
    await store.persons.create(bare);
    await store.decisions.create(decision);
    await store.decisions.create(aDecision(bare, { groundsSealed: null }));
    const seenAad: string[] = [];
    const result = await resealAll(t.db, (value, aad) => {
      seenAad.push(aad);
      const [, valueAad, plain] = value.split(':');
      if (valueAad !== aad) throw new Error(`aad mismatch: ${valueAad} vs ${aad}`);
      return sealed('k2', aad, plain!);
    });
    expect(result).toEqual({ scanned: fields.length + 1, resealed: fields.length + 1 });
    expect(seenAad).toEqual(
      expect.arrayContaining([
        `person.givenNames.${person.id}`,
        `person.sensitive.${person.id}`,
        `decision.grounds.${decision.id}`,
      ]),
    );
    const read = await store.persons.get(person.id);
    expect(Object.keys(read!.sealed).sort()).toEqual([...fields].sort());
    for (const f of fields) expect(read!.sealed[f]).toBe(sealed('k2', `person.${f}.${person.id}`, f));
    expect((await store.persons.get(bare.id))?.sealed).toEqual({});
    const [grounds] = await store.decisions.listForPerson(person.id);
    expect(grounds?.groundsSealed).toBe(sealed('k2', `decision.grounds.${decision.id}`, 'grounds'));
  });

  it('re-seals referral notes and message bodies, each bound to its own row', async () => {
    const store = createStore(t.db);
    const [from, to] = [anOrganisation(), anOrganisation()];
    for (const org of [from, to]) await store.organisations.create(org);
    const person = aPerson(from.id);
    await store.persons.create(person);
    const referral = aReferral(person, to.id);
    referral.noteSealed = sealed('k1', `referral.note.${referral.id}`, 'note');
    const message = aMessage(referral);
    message.bodySealed = sealed('k1', `referral.message.${message.id}`, 'body');
    await store.referrals.create(referral);
    await store.referrals.create(aReferral(person, to.id, { noteSealed: null }));
    await store.referrals.addMessage(message);
    // Only the referral columns: the rows of the tests above are counted there.
    const columns = sealedColumns.filter((c) => c.table === 'referrals' || c.table === 'referral_messages');
    const result = await resealAll(
      t.db,
      (value, aad) => {
        const [, valueAad, plain] = value.split(':');
        if (valueAad !== aad) throw new Error(`aad mismatch: ${valueAad} vs ${aad}`);
        return sealed('k2', aad, plain!);
      },
      undefined,
      columns,
    );
    expect(result).toEqual({ scanned: 2, resealed: 2 });
    expect((await store.referrals.get(referral.id))?.noteSealed).toBe(
      sealed('k2', `referral.note.${referral.id}`, 'note'),
    );
    const [body] = await store.referrals.listMessages(referral.id);
    expect(body?.bodySealed).toBe(sealed('k2', `referral.message.${message.id}`, 'body'));
  });

  it('registers every *_sealed column of the schema, each with a distinct aad prefix', async () => {
    const { rows } = await sql<{ name: string }>`
      select table_name || '.' || column_name as name from information_schema.columns
      where table_schema = current_schema() and column_name like '%\\_sealed'`.execute(t.db);
    const registered = sealedColumns.map((c) => `${c.table}.${c.column}`);
    expect(registered.sort()).toEqual(rows.map((r) => r.name).sort());
    const prefixes = sealedColumns.map((c) => c.aad({ id: 'x' }));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  // Only PostgreSQL can interleave a server write with a batch; PGlite runs one at a time.
  if (backend === 'postgres') {
    it('never overwrites a value the server changed meanwhile', async () => {
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
  }
});
