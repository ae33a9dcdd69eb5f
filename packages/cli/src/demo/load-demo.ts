import {
  type Deps,
  operatorActor,
  organisationAddressAad,
  provisionUser,
  readStatisticsSettings,
  recordAudit,
} from '@opennrm/core';
import { demoOrganisations, demoPassword, demoUsers } from './demo-country.ts';
import { actingAs, loadDemoPersons } from './load-demo-persons.ts';
import { loadDemoPrevention } from './load-demo-prevention.ts';
import { loadDemoProsecution } from './load-demo-prosecution.ts';
import { loadDemoProtection } from './load-demo-protection.ts';

/**
 * Loads the demo country. Idempotent: bodies and users that already exist (by name, by email)
 * are left as they are, so running `opennrm demo` twice changes nothing.
 */
export async function loadDemo(
  deps: Deps,
  options: { moduleRecords?: boolean } = {},
): Promise<{ organisations: number; users: number; persons: number }> {
  const ids = new Map<string, string>();
  let organisations = 0;
  let users = 0;
  for (const org of demoOrganisations) {
    const existing = await deps.store.organisations.findByName(org.name);
    if (existing) {
      ids.set(org.key, existing.id);
      continue;
    }
    const id = deps.newId();
    const now = deps.clock.now();
    await deps.store.transaction(async (tx) => {
      await tx.organisations.create({
        id,
        name: org.name,
        type: org.type,
        region: org.region,
        parentId: null,
        active: true,
        addressSealed: org.address ? deps.sealer.seal(org.address, organisationAddressAad(id)) : null,
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit({ store: tx, clock: deps.clock }, operatorActor(), null, {
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: id,
        details: { name: org.name, type: org.type, via: 'demo' },
      });
    });
    ids.set(org.key, id);
    organisations += 1;
  }
  for (const user of demoUsers) {
    if (await deps.store.users.findByEmail(user.email)) continue;
    const organisationId = ids.get(user.organisation);
    if (!organisationId)
      throw new Error(`Demo user ${user.email} names unknown organisation ${user.organisation}.`);
    await provisionUser(deps, { ...user, organisationId, password: demoPassword }, 'demo');
    users += 1;
  }
  // The demo country counts its reporting periods in its own time zone (kept if already set).
  if ((await deps.store.configuration.get('statistics')) === undefined) {
    const settings = { ...(await readStatisticsSettings(deps.store)), timeZone: 'Asia/Baku' };
    await deps.store.configuration.set('statistics', settings, deps.clock.now());
  }
  const persons = await loadDemoPersons(deps);
  // Without the modules' records: the unit tests' in-memory store has no shelter or prevention
  // stores, and the scale generator's tests need only the organisations and users.
  if (options.moduleRecords === false) return { organisations, users, persons };
  // Shelters, services and money of the demo country (skipped when a facility exists).
  await loadDemoProtection(deps, (email) => actingAs(deps, email));
  // The action plan, the TIP 2015 recommendations and prevention work (skipped when a plan exists).
  await loadDemoPrevention(deps, (email) => actingAs(deps, email));
  // The seed's criminal cases, one of them in the complicity compartment (skipped when a case exists).
  await loadDemoProsecution(deps, (email) => actingAs(deps, email));
  return { organisations, users, persons };
}
