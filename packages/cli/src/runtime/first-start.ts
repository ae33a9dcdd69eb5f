import { type Deps, provisionUser } from '@opennrm/core';
import type { Config } from '@opennrm/server';
import { loadDemo } from '../demo/load-demo.ts';

export type FirstStart = 'existing' | 'admin' | 'demo';

/**
 * On an empty installation: with OPENNRM_ADMIN_EMAIL/PASSWORD, create the operator's
 * organisation and the first administrator (a real installation, no demo data); otherwise load
 * the demo country so `npm start` shows a working system.
 */
export async function prepareFirstStart(deps: Deps, config: Config): Promise<FirstStart> {
  const existing = await deps.store.users.countByRole('system_administrator');
  if (existing > 0) return 'existing';
  if (config.adminEmail && config.adminPassword) {
    const id = deps.newId();
    const now = deps.clock.now();
    const name = 'System operator';
    const org = await deps.store.organisations.findByName(name);
    if (!org) {
      await deps.store.organisations.create({
        id,
        name,
        type: 'system_operator',
        region: null,
        parentId: null,
        active: true,
        addressSealed: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    await provisionUser(
      deps,
      {
        email: config.adminEmail,
        displayName: 'Administrator',
        organisationId: org?.id ?? id,
        roles: ['system_administrator'],
        password: config.adminPassword,
      },
      'first_start',
    );
    return 'admin';
  }
  await loadDemo(deps);
  return 'demo';
}
