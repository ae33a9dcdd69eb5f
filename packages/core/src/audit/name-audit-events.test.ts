import { describe, expect, it } from 'vitest';
import { createPerson } from '../identification/create-person.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { nameAuditEvents } from './name-audit-events.ts';

describe('naming audit events for their reader', () => {
  it('gives a person by code to everyone, and a way to the record only to whom the policy lets open it', async () => {
    const store = createMemoryStore();
    const deps = createTestDeps(store);
    const ngo = await addOrganisation(deps, 'ngo', 'Safe Home');
    const police = await addOrganisation(deps, 'police', 'ATD');
    const office = await addOrganisation(deps, 'system_operator', 'Oversight office');
    const { person } = await createPerson(actAs(deps, ngo, ['case_worker']), {
      gender: 'Feminine',
      identity: { givenNames: 'Leyla', familyName: 'Mammadova' },
    });
    const events = await store.audit.list({ entityType: 'person', entityId: person.id, limit: 10 });
    expect(events.length).toBeGreaterThan(0);

    const asOwner = await nameAuditEvents(actAs(deps, ngo, ['case_worker']), events);
    const asPolice = await nameAuditEvents(actAs(deps, police, ['investigator']), events);
    const asAuditor = await nameAuditEvents(actAs(deps, office, ['auditor']), events);
    for (const names of [asOwner, asPolice, asAuditor]) {
      expect(names.personCodes.get(person.id)).toBe(person.code);
      expect(names.organisations.get(ngo.id)).toBe('Safe Home');
      // Codes only: nothing sealed is ever among the names.
      expect(JSON.stringify([...names.personCodes, ...names.users])).not.toMatch(/Leyla|Mammadova/);
    }
    expect(asOwner.openablePersons.has(person.id)).toBe(true);
    expect(asPolice.openablePersons.has(person.id)).toBe(false);
    expect(asAuditor.openablePersons.has(person.id)).toBe(false);
  });
});
