import { randomBytes } from 'node:crypto';
import { createAuditKeys, type Store } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import type { Database } from '../schema.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anAuditEvent } from '../testing/test-fixtures.ts';

/**
 * Only the owner of audit_events (or a superuser) may switch maintenance on. A second role with
 * every data grant on the table (a reporting or support login) cannot change or remove events,
 * with or without the switch, nor disable or replace the trigger. PGlite has roles too (one
 * cluster per database), so this runs on both backends; on PostgreSQL the roles are
 * cluster-wide, hence a unique name and the cleanup.
 */
describeEachBackend('audit_events is append-only for every role but the owner', (open) => {
  let t: TestDatabase;
  let store: Store;
  const role = `audit_intruder_${randomBytes(4).toString('hex')}`;

  beforeEach(async () => {
    t = await open();
    store = createStore(t.db, { auditKeys: createAuditKeys(randomBytes(32)) });
    for (let i = 1; i <= 3; i++) await store.audit.append(anAuditEvent({ details: { i } }));
    await sql.raw(`create role ${role}`).execute(t.db);
    await sql.raw(`grant usage on schema public to ${role}`).execute(t.db);
    await sql.raw(`grant select, insert, update, delete, truncate on audit_events to ${role}`).execute(t.db);
  });
  afterEach(async () => {
    if (!t) return;
    await sql.raw(`drop owned by ${role}`).execute(t.db);
    await sql.raw(`drop role ${role}`).execute(t.db);
    await t.close();
  });

  /** Runs `work` as the intruder role with the maintenance switch on, in a transaction. */
  const asIntruder = (work: (trx: Kysely<Database>) => Promise<unknown>) =>
    t.db.transaction().execute(async (trx) => {
      await sql.raw(`set local role ${role}`).execute(trx);
      await sql`set local opennrm.audit_maintenance = 'on'`.execute(trx);
      await work(trx);
    });

  it('refuses the intruder UPDATE, DELETE and TRUNCATE although it set the maintenance switch', async () => {
    await expect(
      asIntruder((trx) =>
        trx.updateTable('audit_events').set({ action: 'forged' }).where('seq', '=', 2).execute(),
      ),
    ).rejects.toThrow(/append-only: UPDATE is not allowed/);
    await expect(
      asIntruder((trx) => trx.deleteFrom('audit_events').where('seq', '=', 3).execute()),
    ).rejects.toThrow(/append-only: DELETE is not allowed/);
    await expect(asIntruder((trx) => sql`truncate audit_events`.execute(trx))).rejects.toThrow(
      /append-only: TRUNCATE is not allowed/,
    );
    const events = await store.audit.scan(0, 10);
    expect(events.map((e) => [e.seq, e.action])).toEqual([
      [1, 'person.create'],
      [2, 'person.create'],
      [3, 'person.create'],
    ]);
  });

  it('refuses the intruder disabling or replacing the trigger, and skipping triggers by replication role', async () => {
    await expect(
      asIntruder((trx) =>
        sql`alter table audit_events disable trigger audit_events_no_update_delete`.execute(trx),
      ),
    ).rejects.toThrow(/must be owner/);
    await expect(
      asIntruder((trx) =>
        sql`create or replace function opennrm_audit_events_append_only() returns trigger language plpgsql as $$ begin return old; end $$`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/must be owner|permission denied/);
    await expect(
      asIntruder((trx) => sql`set local session_replication_role = replica`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
  });

  it('lets the owner switch maintenance on (and the keyed chain then shows what it did)', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`set local opennrm.audit_maintenance = 'on'`.execute(trx);
      await trx.deleteFrom('audit_events').where('seq', '=', 3).execute();
    });
    expect(await store.audit.scan(0, 10)).toHaveLength(2);
    // Without the switch the owner is refused like everyone else.
    await expect(t.db.deleteFrom('audit_events').where('seq', '=', 2).execute()).rejects.toThrow(
      /append-only/,
    );
  });
});
