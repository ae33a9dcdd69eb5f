import type {
  ConfigurationStore,
  DecisionStore,
  IndicatorListStore,
  NewShare,
  PersonFilter,
  PersonStore,
  ScreeningStore,
} from '../identification/identification-ports.ts';
import type { Exploitation, IdentificationDecision, Person, Screening } from '../identification/person.ts';
import type { PersonAccessFacts } from '../policy/person-access-facts.ts';
import { type PersonListAccess, personListAccessAllows } from '../policy/person-list-access.ts';
import type { ReflectionPeriod } from '../protection/protection.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import { openReferralsTo, type ReferralTables } from './memory-referral-stores.ts';

export interface IdentificationTables {
  persons: Map<string, Person>;
  access: (NewShare & { personId: string; since: Date; until: Date | null })[];
  duplicateKeys: { personId: string; key: string }[];
  exploitations: Map<string, Exploitation>;
  screenings: Screening[];
  decisions: IdentificationDecision[];
  indicatorLists: IndicatorList[];
  configuration: Map<string, unknown>;
  codeCounters: Map<number, number>;
}

const clone = <T>(value: T): T => structuredClone(value);

export function createIdentificationTables(): IdentificationTables {
  return {
    persons: new Map(),
    access: [],
    duplicateKeys: [],
    exploitations: new Map(),
    screenings: [],
    decisions: [],
    indicatorLists: [],
    configuration: new Map(),
    codeCounters: new Map(),
  };
}

/** In-memory identification stores over `tables()` (a getter: transactions swap the tables). */
export function createMemoryIdentificationStores(
  tables: () => IdentificationTables,
  referralTables: () => ReferralTables,
  reflectionPeriods: () => readonly ReflectionPeriod[] = () => [],
) {
  const manualShares = (personId: string) =>
    tables()
      .access.filter((a) => a.personId === personId && !a.until)
      .map((a) => a.organisationId);
  // Access follows referrals: recipients of open referrals are in, until the referral closes.
  const sharedWith = (personId: string) => [
    ...manualShares(personId),
    ...openReferralsTo(referralTables(), personId).map((r) => r.toOrganisationId),
  ];
  // The policy's own reading, record by record (the SQL store translates the same access).
  const visible = (p: Person, access: PersonListAccess) => {
    const facts = readFacts(p.id);
    return facts !== undefined && personListAccessAllows(access, facts);
  };
  const matches = (p: Person, f: PersonFilter) =>
    (!f.status || p.status === f.status) &&
    (!f.gender || p.gender === f.gender) &&
    (f.child === undefined || p.childAtIdentification === f.child) &&
    (!f.ageBand || p.ageBand === f.ageBand) &&
    (!f.citizenship || p.citizenships.includes(f.citizenship)) &&
    (!f.form || (tables().exploitations.get(p.id)?.forms ?? []).includes(f.form)) &&
    (!f.organisationId || p.organisationId === f.organisationId) &&
    (!f.overdueAt ||
      (p.decisionDueAt !== null &&
        p.decisionDueAt < f.overdueAt &&
        !p.stateDecided &&
        p.status === 'presumed')) &&
    (!f.ngoOnly || (p.status === 'identified' && !p.stateDecided)) &&
    (!f.reflectionEnding ||
      reflectionPeriods().some(
        (r) =>
          r.personId === p.id &&
          r.grantedByOrganisationId === f.reflectionEnding?.grantedBy &&
          r.endsOn >= f.reflectionEnding.from &&
          r.endsOn <= f.reflectionEnding.until,
      )) &&
    (!f.code || p.code.toLowerCase().includes(f.code.toLowerCase())) &&
    (!f.nameKeys ||
      tables().duplicateKeys.some((k) => k.personId === p.id && (f.nameKeys ?? []).includes(k.key)));

  /** What accessFacts and accessFactsOf answer, read from the tables. */
  function readFacts(personId: string): PersonAccessFacts | undefined {
    const person = tables().persons.get(personId);
    if (!person) return undefined;
    const rt = referralTables();
    return {
      personId,
      ownerOrganisationId: person.organisationId,
      child:
        person.childAtIdentification === true ||
        tables().exploitations.get(personId)?.childAtExploitation === true,
      shares: tables()
        .access.filter((a) => a.personId === personId && !a.until)
        .map((a) => ({
          organisationId: a.organisationId,
          identity: a.shareIdentity,
          consentId: a.consentId,
        })),
      referrals: [...rt.referrals.values()]
        .filter((r) => r.personId === personId)
        .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())
        .map((r) => ({
          id: r.id,
          fromOrganisationId: r.fromOrganisationId,
          toOrganisationId: r.toOrganisationId,
          status: r.status,
          shareIdentity: r.shareIdentity,
          parentReferralId: r.parentReferralId,
        })),
      consents: [...rt.consents.values()]
        .filter((c) => c.personId === personId)
        .map((c) => ({
          id: c.id,
          purposes: c.purposes,
          organisationIds: c.organisationIds,
          withdrawn: c.withdrawnAt !== null,
        })),
    };
  }

  const persons: PersonStore = {
    async nextCode(year) {
      const next = (tables().codeCounters.get(year) ?? 0) + 1;
      tables().codeCounters.set(year, next);
      return `NRM-${year}-${String(next).padStart(6, '0')}`;
    },
    create: async (p) => void tables().persons.set(p.id, clone(p)),
    get: async (id) => clone(tables().persons.get(id)),
    codesOf: async (ids) =>
      new Map(
        ids.flatMap((id) => {
          const p = tables().persons.get(id);
          return p ? [[id, p.code] as [string, string]] : [];
        }),
      ),
    async update(id, patch) {
      const row = tables().persons.get(id);
      if (!row) return 0;
      // Like the database: only the sealed fields named in the patch change.
      const sealed = patch.sealed ? { ...row.sealed, ...clone(patch.sealed) } : row.sealed;
      tables().persons.set(id, { ...row, ...clone(patch), sealed });
      return 1;
    },
    async list(f, access) {
      const all = [...tables().persons.values()]
        .filter((p) => visible(p, access) && matches(p, f))
        .sort((a, b) => comparePersons(a, b, f.sort));
      const after = f.after;
      const rest = after
        ? all.filter((p) => comparePersons(p, { createdAt: after.createdAt, code: after.code }, f.sort) > 0)
        : all;
      const page = rest.slice(0, f.limit);
      const last = page.at(-1);
      const next = rest.length > f.limit && last ? { createdAt: last.createdAt, code: last.code } : null;
      return { persons: page.map(clone), next };
    },
    async count(f, access, cap) {
      const n = [...tables().persons.values()].filter(
        (p) => visible(p, access) && matches(p, { ...f, limit: 0 }),
      ).length;
      return n > cap ? { count: cap, more: true } : { count: n, more: false };
    },
    async organisationsWithAccess(personId) {
      const owner = tables().persons.get(personId)?.organisationId;
      return [...new Set([...(owner ? [owner] : []), ...sharedWith(personId)])];
    },
    accessFacts: async (personId) => readFacts(personId),
    async accessFactsOf(personIds) {
      const facts = new Map<string, PersonAccessFacts>();
      for (const id of personIds) {
        const found = readFacts(id);
        if (found) facts.set(id, found);
      }
      return facts;
    },
    async grantAccess(personId, share, at) {
      for (const a of tables().access) {
        if (a.personId === personId && a.organisationId === share.organisationId && !a.until) a.until = at;
      }
      tables().access.push({ ...share, personId, since: at, until: null });
    },
    async stopIdentitySharing(consentId) {
      let n = 0;
      for (const a of tables().access) {
        if (a.consentId === consentId && a.shareIdentity && !a.until) {
          a.shareIdentity = false;
          n += 1;
        }
      }
      return n;
    },
    async revokeAccess(personId, organisationId, at) {
      let n = 0;
      for (const a of tables().access) {
        if (a.personId === personId && a.organisationId === organisationId && !a.until) {
          a.until = at;
          n += 1;
        }
      }
      return n;
    },
    async addDuplicateKeys(personId, keys) {
      for (const key of keys) tables().duplicateKeys.push({ personId, key });
    },
    async replaceDuplicateKeys(personId, keys) {
      tables().duplicateKeys = tables().duplicateKeys.filter((d) => d.personId !== personId);
      for (const key of new Set(keys)) tables().duplicateKeys.push({ personId, key });
    },
    async findByDuplicateKeys(keys) {
      const hits = new Set(
        tables()
          .duplicateKeys.filter((d) => keys.includes(d.key))
          .map((d) => d.personId),
      );
      return [...hits].flatMap((personId) => {
        const p = tables().persons.get(personId);
        return p ? [{ personId, organisationId: p.organisationId }] : [];
      });
    },
    getExploitation: async (personId) => clone(tables().exploitations.get(personId)),
    saveExploitation: async (e) => void tables().exploitations.set(e.personId, clone(e)),
  };
  const screenings: ScreeningStore = {
    create: async (s) => void tables().screenings.push(clone(s)),
    listForPerson: async (personId) =>
      tables()
        .screenings.filter((s) => s.personId === personId)
        .map(clone),
  };
  const decisions: DecisionStore = {
    create: async (d) => void tables().decisions.push(clone(d)),
    listForPerson: async (personId) =>
      tables()
        .decisions.filter((d) => d.personId === personId)
        .map(clone),
  };
  const indicatorLists: IndicatorListStore = {
    async save(list) {
      const exists = tables().indicatorLists.some((l) => l.key === list.key && l.version === list.version);
      if (exists) throw new Error(`duplicate key value: indicator list ${list.key} v${list.version}`);
      tables().indicatorLists.push(clone(list));
    },
    async get(key, version) {
      const versions = tables().indicatorLists.filter(
        (l) => l.key === key && (version === undefined || l.version === version),
      );
      return clone(versions.sort((a, b) => b.version - a.version)[0]);
    },
    async listLatest() {
      const latest = new Map<string, IndicatorList>();
      for (const l of tables().indicatorLists)
        if ((latest.get(l.key)?.version ?? 0) < l.version) latest.set(l.key, l);
      return [...latest.values()].map(clone);
    },
    async verify(key, version, verification) {
      const list = tables().indicatorLists.find((l) => l.key === key && l.version === version);
      if (!list || list.provenance?.verification) return false;
      list.provenance = { ...(list.provenance ?? { source: null }), verification: clone(verification) };
      return true;
    },
  };
  const configuration: ConfigurationStore = {
    get: async (key) => clone(tables().configuration.get(key)),
    set: async (key, value) => void tables().configuration.set(key, clone(value)),
  };
  return { persons, screenings, decisions, indicatorLists, configuration };
}

/** The persons list's orders: negative when `a` comes first. */
function comparePersons(
  a: { createdAt: Date; code: string },
  b: { createdAt: Date; code: string },
  sort: PersonFilter['sort'] = 'newest',
): number {
  const byCode = a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  const byTime = a.createdAt.getTime() - b.createdAt.getTime() || byCode;
  if (sort === 'oldest') return byTime;
  if (sort === 'code_asc') return byCode;
  if (sort === 'code_desc') return -byCode;
  return -byTime;
}
