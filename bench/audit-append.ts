/**
 * Audit append throughput: our chained append (advisory lock, read the last hash, SHA-256 over
 * canonical JSON, insert) against the simplest baseline, a plain INSERT of the same rows with
 * precomputed hashes, on the same database in the same run.
 * Run: `npx tsx bench/audit-append.ts [events]` (PGlite) or with DATABASE_URL set (PostgreSQL);
 * `--smoke` for a few events.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditEventInput, verifyAuditChain } from '@opennrm/core';
import { connect, createStore, migrate } from '@opennrm/db';
import { sql } from 'kysely';
import { pgliteTemplate, sizeArg } from './smoke.ts';

const count = sizeArg(0, 2000, 50);
const dataDir = mkdtempSync(join(tmpdir(), 'opennrm-bench-'));
const handle = await connect({ databaseUrl: process.env.DATABASE_URL ?? null, dataDir, ...pgliteTemplate() });
await migrate(handle.db);
const store = createStore(handle.db);

const event = (i: number): AuditEventInput => ({
  at: new Date(),
  actorUserId: null,
  actorOrganisationId: null,
  actorRoles: ['case_worker'],
  action: 'bench.event',
  entityType: 'bench',
  entityId: String(i),
  clientIp: '127.0.0.1',
  requestId: `req-${i}`,
  details: { i, note: 'benchmark' },
});

let t0 = performance.now();
for (let i = 0; i < count; i += 1) await store.audit.append(event(i));
const ours = count / ((performance.now() - t0) / 1000);

// Same columns and types, no constraints: the baseline names only the columns every version has.
await sql`create table bench_plain as select * from audit_events with no data`.execute(handle.db);
t0 = performance.now();
for (let i = 0; i < count; i += 1) {
  const e = event(i);
  await sql`insert into bench_plain (seq, at, actor_user_id, actor_organisation_id, actor_roles, action, entity_type, entity_id, client_ip, request_id, details, prev_hash, hash)
    values (${i + 1}, ${e.at}, null, null, ${e.actorRoles}, ${e.action}, ${e.entityType}, ${e.entityId}, ${e.clientIp}, ${e.requestId}, ${JSON.stringify(e.details)}::jsonb, 'x', 'y')`.execute(
    handle.db,
  );
}
const baseline = count / ((performance.now() - t0) / 1000);

t0 = performance.now();
const report = await verifyAuditChain(store.audit);
const verifyRate = report.checked / ((performance.now() - t0) / 1000);

console.log(`database: ${handle.kind}; ${count} events, one at a time`);
console.log(`chained append (lock + last hash + SHA-256 + insert): ${ours.toFixed(0)} events/s`);
console.log(`plain INSERT of the same rows (baseline):            ${baseline.toFixed(0)} events/s`);
console.log(`ratio: ${(baseline / ours).toFixed(2)}x the baseline's time per event`);
console.log(`verify: ${report.checked} events, ok=${report.ok}, ${verifyRate.toFixed(0)} events/s`);
await handle.close();
rmSync(dataDir, { recursive: true, force: true });
