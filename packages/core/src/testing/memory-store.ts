import type { AuditKeys } from '../audit/audit-keys.ts';
import { genesisHash, linkAuditEvent } from '../audit/hash-audit-event.ts';
import type { ApiToken, AuditEvent, ExternalIdentity, Organisation, Session, User } from '../model.ts';
import type { AuditFilter, Store, Visibility } from '../ports.ts';
import {
  createHistoricImportTables,
  createMemoryHistoricImportStore,
  type HistoricImportTables,
} from './memory-historic-import-store.ts';
import {
  createIdentificationTables,
  createMemoryIdentificationStores,
  type IdentificationTables,
} from './memory-identification-stores.ts';
import {
  createMemoryProsecutionStore,
  createProsecutionTables,
  type ProsecutionTables,
} from './memory-prosecution-store.ts';
import {
  createMemoryProtectionStores,
  createProtectionTables,
  type ProtectionTables,
} from './memory-protection-stores.ts';
import {
  createMemoryReferralStores,
  createReferralTables,
  type ReferralTables,
} from './memory-referral-stores.ts';
import {
  createMemorySecondFactorStore,
  createSecondFactorTables,
  type SecondFactorTables,
} from './memory-second-factor-store.ts';
import { createMemoryThrottleStore, type ThrottleRow } from './memory-throttle-store.ts';

interface Tables {
  identification: IdentificationTables;
  referrals: ReferralTables;
  organisations: Map<string, Organisation>;
  users: Map<string, User>;
  sessions: Map<string, Session>;
  apiTokens: Map<string, ApiToken>;
  audit: AuditEvent[];
  throttle: Map<string, ThrottleRow>;
  secondFactors: SecondFactorTables;
  /** Keyed by issuer and subject. */
  externalIdentities: Map<string, ExternalIdentity>;
  historicImports: HistoricImportTables;
  prosecution: ProsecutionTables;
  protection: ProtectionTables;
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * In-memory Store for unit tests of use cases. Transactions snapshot the tables and restore
 * them when the work throws, so tests see the same all-or-nothing behaviour as the database.
 */
export function createMemoryStore(
  options: { auditKeys?: AuditKeys | null } = {},
): Store & { tables: Tables } {
  const t: Tables = {
    identification: createIdentificationTables(),
    referrals: createReferralTables(),
    organisations: new Map(),
    users: new Map(),
    sessions: new Map(),
    apiTokens: new Map(),
    audit: [],
    throttle: new Map(),
    secondFactors: createSecondFactorTables(),
    externalIdentities: new Map(),
    historicImports: createHistoricImportTables(),
    prosecution: createProsecutionTables(),
    protection: createProtectionTables(),
  };
  const patch = <T extends object>(map: Map<string, T>, id: string, changes: Partial<T>): number => {
    const row = map.get(id);
    if (!row) return 0;
    map.set(id, { ...row, ...clone(changes) });
    return 1;
  };
  const store: Store & { tables: Tables } = {
    tables: t,
    ...createMemoryIdentificationStores(
      () => t.identification,
      () => t.referrals,
      () => t.protection.reflection,
    ),
    ...createMemoryReferralStores(() => t.referrals),
    historicImports: createMemoryHistoricImportStore(() => t.historicImports),
    prosecution: createMemoryProsecutionStore(() => t.prosecution),
    // Statistics are SQL by nature: their tests run on PGlite and PostgreSQL (*.int.test.ts).
    statistics: {
      aggregate: async () => {
        throw new Error('Statistics need a database: test them in an *.int.test.ts.');
      },
      records: async () => {
        throw new Error('Statistics need a database: test them in an *.int.test.ts.');
      },
    },
    // A release is built from statistics, which need a database: none exists in memory.
    statisticsReleases: {
      insert: async () => {
        throw new Error('Releases need a database: test them in an *.int.test.ts.');
      },
      list: async () => [],
      get: async () => undefined,
      latest: async () => undefined,
      file: async () => undefined,
    },
    // Protection, shelters and funding (the occupancy lock's concurrency is tested on the databases).
    ...createMemoryProtectionStores(() => t.protection),
    // Counts across referrals, alerts and protection: tested on both databases.
    today: needsDatabase('today'),
    // Prevention and the action plan are tested on the databases (server/src/tests/prevention-*).
    prevention: needsDatabase('prevention'),
    // The job table's guarantee is a row lock across processes: only a database has one.
    jobs: needsDatabase('jobs'),
    retention: needsDatabase('retention'),
    actionPlans: needsDatabase('actionPlans'),
    countryReports: needsDatabase('countryReports'),
    countryReportReleases: needsDatabase('countryReportReleases'),
    // Datasets arrive only by the CTDC importer, which writes to the database.
    datasets: { list: async () => [], get: async () => undefined },
    ctdcExport: {
      rows: async () => {
        throw new Error('The CTDC export reads the database: test it in an *.int.test.ts.');
      },
    },
    organisations: {
      list: async (f) =>
        [...t.organisations.values()].filter((o) => f.includeInactive || o.active).map(clone),
      get: async (id) => clone(t.organisations.get(id)),
      findByName: async (name) => clone([...t.organisations.values()].find((o) => o.name === name)),
      namesOf: async (ids) =>
        new Map(
          ids.flatMap((id) => {
            const o = t.organisations.get(id);
            return o ? [[id, o.name] as [string, string]] : [];
          }),
        ),
      create: async (o) => void t.organisations.set(o.id, clone(o)),
      update: async (id, changes) => patch(t.organisations, id, changes),
    },
    users: {
      list: async (f, v) =>
        [...t.users.values()]
          .filter((u) => isVisible(u, v))
          .filter((u) => !f.organisationId || u.organisationId === f.organisationId)
          .filter((u) => !f.role || u.roles.includes(f.role))
          .filter((u) => f.includeInactive || u.active)
          .filter(
            (u) => !f.search || `${u.email} ${u.displayName}`.toLowerCase().includes(f.search.toLowerCase()),
          )
          .map(clone),
      get: async (id) => clone(t.users.get(id)),
      getMany: async (ids) => ids.flatMap((id) => (t.users.has(id) ? [clone(t.users.get(id)) as User] : [])),
      findByEmail: async (email) =>
        clone([...t.users.values()].find((u) => u.email.toLowerCase() === email.toLowerCase())),
      create: async (u) => {
        if ([...t.users.values()].some((x) => x.email.toLowerCase() === u.email.toLowerCase())) {
          throw new Error('duplicate key value violates unique constraint "users_email_key"');
        }
        t.users.set(u.id, clone(u));
      },
      update: async (id, changes) => patch(t.users, id, changes),
      countByRole: async (role) =>
        [...t.users.values()].filter((u) => u.active && u.roles.includes(role)).length,
    },
    sessions: {
      create: async (s) => void t.sessions.set(s.id, clone(s)),
      findHolderByTokenHash: async (h) => {
        const session = [...t.sessions.values()].find((s) => s.tokenHash === h);
        const user = session && t.users.get(session.userId);
        if (!session || !user) return undefined;
        return {
          session: clone(session),
          user: clone(user),
          organisation: clone(t.organisations.get(user.organisationId)),
          secondFactorConfirmed: Boolean(t.secondFactors.factors.get(user.id)?.confirmedAt),
        };
      },
      touch: async (id, lastSeenAt, expiresAt) => void patch(t.sessions, id, { lastSeenAt, expiresAt }),
      delete: async (id) => (t.sessions.delete(id) ? 1 : 0),
      deleteForUser: async (userId, exceptId) =>
        removeWhere(t.sessions, (s) => s.userId === userId && s.id !== exceptId),
      deleteExpired: async (now) => removeWhere(t.sessions, (s) => s.expiresAt <= now),
    },
    apiTokens: {
      create: async (k) => void t.apiTokens.set(k.id, clone(k)),
      findByTokenHash: async (h) => clone([...t.apiTokens.values()].find((k) => k.tokenHash === h)),
      listForUser: async (userId) => [...t.apiTokens.values()].filter((k) => k.userId === userId).map(clone),
      get: async (id) => clone(t.apiTokens.get(id)),
      markUsed: async (id, at) => void patch(t.apiTokens, id, { lastUsedAt: at }),
      revoke: async (id, at) =>
        t.apiTokens.get(id)?.revokedAt ? 0 : patch(t.apiTokens, id, { revokedAt: at }),
      revokeForUser: async (userId, at) => {
        let n = 0;
        for (const k of t.apiTokens.values())
          if (k.userId === userId && !k.revokedAt) n += patch(t.apiTokens, k.id, { revokedAt: at });
        return n;
      },
    },
    audit: {
      keys: options.auditKeys ?? null,
      append: async (event) => {
        const seq = t.audit.length + 1;
        const prevHash = t.audit.at(-1)?.hash ?? genesisHash;
        const stored = {
          ...clone(event),
          seq,
          prevHash,
          ...linkAuditEvent(options.auditKeys ?? null, seq, prevHash, event),
        };
        t.audit.push(stored);
        return clone(stored);
      },
      list: async (f) => matchingAudit(t.audit, f).reverse().slice(0, f.limit).map(clone),
      async count(f, cap) {
        const n = matchingAudit(t.audit, f).length;
        return n > cap ? { count: cap, more: true } : { count: n, more: false };
      },
      scan: async (afterSeq, limit) =>
        t.audit
          .filter((e) => e.seq > afterSeq)
          .slice(0, limit)
          .map(clone),
    },
    throttle: createMemoryThrottleStore(() => t.throttle),
    secondFactors: createMemorySecondFactorStore(() => t.secondFactors),
    externalIdentities: {
      find: async (issuer, subject) => clone(t.externalIdentities.get(`${issuer} ${subject}`)),
      findForUser: async (issuer, userId) =>
        clone([...t.externalIdentities.values()].find((i) => i.issuer === issuer && i.userId === userId)),
      async link(identity) {
        const key = `${identity.issuer} ${identity.subject}`;
        const taken = [...t.externalIdentities.values()].some(
          (i) => i.issuer === identity.issuer && i.userId === identity.userId,
        );
        if (t.externalIdentities.has(key) || taken) throw new Error('identity already linked');
        t.externalIdentities.set(key, clone(identity));
      },
      touch: async (issuer, subject, at) =>
        void patch(t.externalIdentities, `${issuer} ${subject}`, { lastSignedInAt: at }),
    },
    async transaction(work) {
      const snapshot = clone({ ...t });
      try {
        return await work(store);
      } catch (error) {
        Object.assign(t, snapshot);
        throw error;
      }
    },
  };
  return store;
}

function isVisible(user: User, v: Visibility): boolean {
  if (v.scope === 'all') return true;
  if (v.scope === 'self') return user.id === v.userId;
  if (v.scope === 'aggregate') return false;
  return user.organisationId === v.organisationId;
}

function removeWhere<T>(map: Map<string, T>, test: (row: T) => boolean): number {
  let n = 0;
  for (const [id, row] of map) if (test(row) && map.delete(id)) n += 1;
  return n;
}

/** A sub-store that exists only on a database: every call says so. */
function needsDatabase<T>(name: string): T {
  return new Proxy({} as object, {
    get: (_target, prop) =>
      prop === 'then'
        ? undefined
        : async () => {
            throw new Error(`The ${name} store needs a database: test it in an *.int.test.ts.`);
          },
  }) as T;
}

function matchingAudit(events: AuditEvent[], f: Omit<AuditFilter, 'limit'>): AuditEvent[] {
  return events
    .filter((e) => (!f.beforeSeq || e.seq < f.beforeSeq) && (!f.action || e.action === f.action))
    .filter(
      (e) => (!f.entityType || e.entityType === f.entityType) && (!f.entityId || e.entityId === f.entityId),
    )
    .filter(
      (e) =>
        (!f.actorUserId || e.actorUserId === f.actorUserId) &&
        (!f.actorOrganisationId || e.actorOrganisationId === f.actorOrganisationId) &&
        (!f.from || e.at >= f.from) &&
        (!f.to || e.at <= f.to),
    );
}
