import type { Actor } from '../auth/actor.ts';
import type { Organisation } from '../model.ts';

/**
 * The identity of a historic import acting for one organisation: the records are that body's
 * (owner, deciding body, sender or recipient), the user is the administrator who started the
 * run (so `created_by` and the trail name a real person), and the rights are `importGrants`, not
 * the administrator's role, which holds no person grant at all. Every event it records carries
 * `via: 'import'` and the run's id.
 */
export function importActor(initiator: Actor, organisation: Organisation, importId: string): Actor {
  return {
    kind: 'import',
    importId,
    userId: initiator.userId,
    organisationId: organisation.id,
    organisationType: organisation.type,
    roles: [],
    credentialId: initiator.credentialId,
  };
}
