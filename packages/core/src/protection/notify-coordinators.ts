import type { Store } from '../ports.ts';

/**
 * Tells every organisation with an active national coordinator (in-app notifications, the same
 * channel as referrals and alerts). It names no person: the coordinator holds no person grant,
 * and the kind says what happened.
 */
export async function notifyCoordinators(
  store: Store,
  kind: string,
  now: Date,
  newId: () => string,
): Promise<number> {
  const coordinators = await store.users.list(
    { role: 'national_coordinator' },
    { scope: 'all', userId: '', organisationId: '' },
  );
  const organisationIds = [...new Set(coordinators.filter((u) => u.active).map((u) => u.organisationId))];
  for (const organisationId of organisationIds)
    await store.notifications.create({
      id: newId(),
      organisationId,
      kind,
      referralId: null,
      personCode: null,
      createdAt: now,
      readAt: null,
    });
  return organisationIds.length;
}
