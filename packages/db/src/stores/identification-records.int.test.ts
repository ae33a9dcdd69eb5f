import type { Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aDecision, anIndicatorList, aPerson, aScreening } from '../testing/identification-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, t0 } from '../testing/test-fixtures.ts';

describeEachBackend('Screening, decision, indicator list and configuration stores', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const person = aPerson(police.id);
  const other = aPerson(police.id);
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    await store.organisations.create(police);
    await store.persons.create(person);
    await store.persons.create(other);
  });
  afterAll(() => t?.close());

  it('screenings: round-trip with their json, listed per person in the order screened', async () => {
    const late = aScreening(person, {
      screenedAt: at(30),
      outcome: 'inconclusive',
      outcomeReason: 'refused',
    });
    const early = aScreening(person, { screenedAt: at(10), recordedAt: at(60), population: 'child' });
    await store.screenings.create(late);
    await store.screenings.create(early);
    await store.screenings.create(aScreening(other));
    expect(await store.screenings.listForPerson(person.id)).toEqual([early, late]);
    expect(await store.screenings.listForPerson(crypto.randomUUID())).toEqual([]);
    await expect(
      store.screenings.create(aScreening(person, { population: 'any' as 'adult' })),
    ).rejects.toThrow();
  });

  it('decisions: oldest recorded first, with the decided-on date as text and reconsiderations', async () => {
    const first = aDecision(person, { outcome: 'not_victim', decidedOn: '2024-12-31', recordedAt: at(5) });
    const second = aDecision(person, {
      reconsiders: first.id,
      decidedOn: '2024-12-30',
      decidingBodyType: 'CourtOrProsecution',
      groundsSealed: null,
      recordedAt: at(50),
    });
    // Recorded between the two, but written last: the order is by recording time.
    const between = aDecision(person, { recordedAt: at(20) });
    for (const d of [first, second, between]) await store.decisions.create(d);
    expect(await store.decisions.listForPerson(person.id)).toEqual([first, between, second]);
    expect(await store.decisions.listForPerson(other.id)).toEqual([]);
    await expect(
      store.decisions.create(aDecision(other, { reconsiders: crypto.randomUUID() })),
    ).rejects.toThrow();
  });

  it('indicator lists: each version written once, read by version or latest', async () => {
    const v1 = anIndicatorList();
    const v2 = anIndicatorList({ version: 2, indicators: [] });
    const child = anIndicatorList({ key: 'ilo-ec-2009-child', population: 'child' });
    await store.indicatorLists.save(v2, null, t0);
    await store.indicatorLists.save(v1, crypto.randomUUID(), t0);
    await store.indicatorLists.save(child, null, t0);
    await expect(store.indicatorLists.save({ ...v1, indicators: [] }, null, at(1))).rejects.toThrow();
    expect(await store.indicatorLists.get(v1.key, 1)).toEqual(v1);
    expect(await store.indicatorLists.get(v1.key)).toEqual(v2);
    expect(await store.indicatorLists.get(v1.key, 3)).toBeUndefined();
    expect(await store.indicatorLists.get('unknown')).toBeUndefined();
    const latest = await store.indicatorLists.listLatest();
    expect(latest.sort((a, b) => a.key.localeCompare(b.key))).toEqual([v2, child]);
  });

  it('configuration: any JSON value by key, replaced on set, undefined when missing', async () => {
    expect(await store.configuration.get('decision.deadlineDays')).toBeUndefined();
    await store.configuration.set('decision.deadlineDays', 30, t0);
    expect(await store.configuration.get('decision.deadlineDays')).toBe(30);
    await store.configuration.set('decision.deadlineDays', 45, at(1));
    expect(await store.configuration.get('decision.deadlineDays')).toBe(45);
    const country = { code: 'AZ', languages: ['az', 'ru'], nested: { on: true, none: null } };
    await store.configuration.set('country', country, t0);
    expect(await store.configuration.get('country')).toEqual(country);
    await store.configuration.set('list', ['a', 1, null], t0);
    expect(await store.configuration.get('list')).toEqual(['a', 1, null]);
    await store.configuration.set('text', 'plain', t0);
    expect(await store.configuration.get('text')).toBe('plain');
    await store.configuration.set('nothing', null, t0);
    expect(await store.configuration.get('nothing')).toBeNull();
    await store.configuration.set('text', undefined, t0);
    expect(await store.configuration.get('text')).toBeUndefined();
  });

  it('writes inside store.transaction roll back together', async () => {
    await expect(
      store.transaction(async (trx) => {
        await trx.configuration.set('rolled-back', true, t0);
        await trx.screenings.create(aScreening(other));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await store.configuration.get('rolled-back')).toBeUndefined();
    expect(await store.screenings.listForPerson(other.id)).toHaveLength(1);
  });
});
