import { ensureShippedIndicatorLists } from '@opennrm/core';
import { createTestDeps } from '@opennrm/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../load-demo.ts';
import { actingAs } from '../load-demo-persons.ts';
import { loadDemoProtection } from '../load-demo-protection.ts';
import { generatePersonBundle } from './generate-person-bundle.ts';
import type { PersonBundle } from './person-bundle.ts';
import { loadScaleContext } from './scale-context.ts';
import { countPerYear, personSlots, yearsBetween } from './scale-plan.ts';

const years = yearsBetween(2016, 2025);
const asOf = new Date(Date.UTC(2026, 0, 15));
let bundles: PersonBundle[];
let facilities: string[];

beforeAll(async () => {
  const deps = createTestDeps();
  await ensureShippedIndicatorLists(deps);
  // The demo's shelters, from core's in-memory store (prevention still needs a database).
  await loadDemo(deps, { moduleRecords: false });
  await loadDemoProtection(deps, (email) => actingAs(deps, email));
  facilities = (await deps.store.shelters.listFacilities()).map((f) => f.id);
  const ctx = await loadScaleContext(deps.store, 7, { first: 2016, last: 2025 });
  const plan = { years, counts: countPerYear(10_000, years), firstCode: years.map(() => 1), asOf };
  bundles = [...personSlots(plan)].map((slot) => generatePersonBundle(ctx, slot, 7, 1, asOf));
}, 60_000);

const share = (test: (b: PersonBundle) => boolean) => bundles.filter(test).length / bundles.length;

describe('a generated person (10 000 of them)', () => {
  it('follows the country’s shape: mostly women, a fifth children, mostly citizens, mostly presumed', () => {
    expect(share((b) => b.gender === 'Feminine')).toBeGreaterThan(0.6);
    expect(share((b) => b.gender === 'Masculine')).toBeGreaterThan(0.2);
    expect(share((b) => b.child === true)).toBeGreaterThan(0.15);
    expect(share((b) => b.child === true)).toBeLessThan(0.25);
    expect(share((b) => b.citizenships[0] === 'AZ')).toBeGreaterThan(0.7);
    expect(share((b) => b.foreign)).toBeGreaterThan(0.15);
    expect(share((b) => b.screenings.length > 0)).toBeGreaterThan(0.9);
    expect(share((b) => b.presumedAt !== null)).toBeGreaterThan(0.8);
    expect(share((b) => b.status === 'identified' && !b.stateDecided)).toBeGreaterThan(0.05);
    expect(share((b) => b.status === 'not_victim')).toBeGreaterThan(0.02);
    const referrals = bundles.flatMap((b) => b.referrals);
    for (const status of ['sent', 'accepted', 'declined', 'completed', 'withdrawn'])
      expect(referrals.some((r) => r.status === status)).toBe(true);
    expect(referrals.some((r) => r.respondedAt && r.respondedAt > r.respondBy)).toBe(true);
  });

  it('is registered in its slot year, with its code, and ten years rising in size', () => {
    expect(new Set(bundles.map((b) => b.code)).size).toBe(bundles.length);
    for (const b of bundles) expect(b.code.slice(4, 8)).toBe(String(b.createdAt.getUTCFullYear()));
    const perYear = years.map((y) => bundles.filter((b) => b.createdAt.getUTCFullYear() === y).length);
    expect(perYear.reduce((a, b) => a + b)).toBe(10_000);
    expect(perYear[9]).toBeGreaterThan(perYear[0] ?? 0);
  });

  it('keeps the app’s rules: events in order, before the snapshot, identity shared only with a basis', () => {
    // Collected and compared once: an expect per check would make this test slow, not stricter.
    const broken: string[] = [];
    const check = (ok: boolean, what: string, b: PersonBundle) => {
      if (!ok) broken.push(`${b.code}: ${what}`);
    };
    for (const b of bundles) {
      const lastScreening = b.screenings.at(-1)?.recordedAt.getTime() ?? 0;
      for (const d of b.decisions) {
        check(d.recordedAt.getTime() > lastScreening, 'decision before screening', b);
        check(d.recordedAt <= asOf, 'decision after the snapshot', b);
      }
      for (const r of b.referrals) {
        check(r.to.id !== b.owner.id, 'referral to itself', b);
        check(r.sentAt <= asOf, 'referral after the snapshot', b);
        check(!r.childRule || b.child === true, 'child rule for an adult', b);
        check(
          !r.consentId || (b.consent?.organisationIds.includes(r.to.id) ?? false),
          'consent misses recipient',
          b,
        );
        check(
          !r.shareIdentity || r.childRule || r.consentId !== null || r.overrideReason !== null,
          'no basis',
          b,
        );
        check(
          !(r.status === 'sent' && r.escalatedAt) || (r.escalatedAt ?? 0) > r.respondBy,
          'early escalation',
          b,
        );
        check(
          !['declined', 'completed', 'withdrawn'].includes(r.status) || r.closedAt !== null,
          'closed without date',
          b,
        );
        check(r.to.type !== 'migration_service' || b.foreign, 'citizen referred to migration', b);
      }
      check(!b.consent || b.child !== true, 'consent of a child', b);
    }
    expect(broken).toEqual([]);
  });

  it('stays in the demo’s shelters (every stay ended), and only foreign victims apply for permits', () => {
    expect(facilities).toHaveLength(3);
    const stays = bundles.flatMap((b) => b.protection?.stays ?? []);
    expect(stays.length).toBeGreaterThan(500);
    for (const s of stays) {
      expect(facilities).toContain(s.facilityId);
      expect(s.dischargedOn >= s.admittedOn).toBe(true);
    }
    const applicants = bundles.filter((b) => (b.protection?.permits.length ?? 0) > 0);
    expect(applicants.length).toBeGreaterThan(50);
    expect(applicants.every((b) => b.foreign && b.identifiedOn !== null)).toBe(true);
  });
});
