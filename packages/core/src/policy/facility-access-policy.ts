import type { Actor } from '../auth/actor.ts';
import { forbidden } from '../support/errors.ts';
import { can } from './authorize.ts';
import type { Action, Resource } from './permissions.ts';

/**
 * What may be done to one shelter facility, and the role right each needs (grants.ts). The
 * record is the facility; its owner is the organisation that runs it. Residents (who stays) and
 * the address (where victims are) reach only the operator's own staff (`shelter_residents` at
 * own_organisation). The administrator who registers facilities writes the address but never
 * reads it back (users.md: the administrator sees no victim data, and a shelter's address says
 * where victims are): like a password, it can be replaced, not revealed.
 * Everyone else with `shelter:read` sees the board: name, operator, region, capacity, occupancy.
 */
export const facilityActions = [
  'read',
  'update',
  'read_residents',
  'admit',
  'discharge',
  'reveal_address',
] as const;
export type FacilityAction = (typeof facilityActions)[number];

const facilityGrants: Readonly<Record<FacilityAction, readonly [Resource, Action][]>> = {
  read: [['shelter', 'read']],
  update: [['shelter', 'update']],
  read_residents: [['shelter_residents', 'read']],
  admit: [['shelter_residents', 'create']],
  discharge: [['shelter_residents', 'update']],
  reveal_address: [['shelter_residents', 'read']],
};

export interface FacilityRef {
  organisationId: string;
}

/** Whether the actor may do the action to this facility (each grant must reach it). */
export function mayOnFacility(actor: Actor, action: FacilityAction, facility: FacilityRef): boolean {
  // `read` is the board: any grant, including aggregate, reads it (no resident, no address).
  if (action === 'read') return facilityGrants.read.every(([r, a]) => can(actor, r, a));
  return facilityGrants[action].every(([r, a]) =>
    can(actor, r, a, { organisationId: facility.organisationId }),
  );
}

export function authorizeOnFacility(actor: Actor, action: FacilityAction, facility: FacilityRef): void {
  if (!mayOnFacility(actor, action, facility)) throw forbidden();
}
