import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { authorizeOnFacility } from '../policy/facility-access-policy.ts';
import { invalid, notFound } from '../support/errors.ts';
import { notifyCoordinators } from './notify-coordinators.ts';
import {
  type Capacity,
  type Facility,
  type FacilityWithOccupancy,
  facilityAddressAad,
} from './protection.ts';
import { type OperatorType, residentGroups, type ShelterSpecialisation } from './protection-vocabulary.ts';

export interface FacilityInput {
  organisationId: string;
  name: string;
  operatorType: OperatorType;
  region: string;
  capacity: Capacity;
  specialisations: ShelterSpecialisation[];
  freeMovement: boolean;
  address?: string | null;
  active?: boolean;
}

function checkCapacity(capacity: Capacity): Capacity {
  for (const group of residentGroups)
    if (!Number.isInteger(capacity[group]) || capacity[group] < 0 || capacity[group] > 10_000)
      throw invalid('Capacity: whole numbers of places per group.', { fields: { capacity: 'invalid' } });
  return capacity;
}

/** Registers a facility (the administrator, for the organisation that runs it). */
export async function createFacility(ctx: Ctx, input: FacilityInput): Promise<Facility> {
  authorize(ctx.actor, 'shelter', 'create');
  return ctx.store.transaction(async (tx) => {
    const operator = await tx.organisations.get(input.organisationId);
    if (!operator)
      throw invalid('Unknown operating organisation.', { fields: { organisationId: 'invalid' } });
    const now = ctx.clock.now();
    const id = ctx.newId();
    const facility: Facility = {
      id,
      organisationId: operator.id,
      name: input.name.trim(),
      operatorType: input.operatorType,
      region: input.region.trim(),
      capacity: checkCapacity(input.capacity),
      specialisations: [...new Set(input.specialisations)],
      freeMovement: input.freeMovement,
      addressSealed: input.address?.trim()
        ? ctx.sealer.seal(input.address.trim(), facilityAddressAad(id))
        : null,
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    };
    await tx.shelters.createFacility(facility);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'shelter.facility_created',
      entityType: 'shelter_facility',
      entityId: id,
      details: {
        name: facility.name,
        operatorType: facility.operatorType,
        freeMovement: facility.freeMovement,
      },
    });
    return facility;
  });
}

/** Changes a facility: the administrator, or the operator's own shelter manager. */
export async function updateFacility(
  ctx: Ctx,
  id: string,
  input: Partial<Omit<FacilityInput, 'organisationId'>>,
): Promise<FacilityWithOccupancy> {
  return ctx.store.transaction(async (tx) => {
    const current = await tx.shelters.getFacility(id);
    if (!current) throw notFound('The facility');
    authorizeOnFacility(ctx.actor, 'update', current);
    const now = ctx.clock.now();
    const patch: Partial<Facility> = { updatedAt: now };
    if (input.name !== undefined) patch.name = input.name.trim();
    if (input.operatorType !== undefined) patch.operatorType = input.operatorType;
    if (input.region !== undefined) patch.region = input.region.trim();
    if (input.capacity !== undefined) patch.capacity = checkCapacity(input.capacity);
    if (input.specialisations !== undefined) patch.specialisations = [...new Set(input.specialisations)];
    if (input.freeMovement !== undefined) patch.freeMovement = input.freeMovement;
    if (input.active !== undefined) patch.active = input.active;
    if (input.address !== undefined)
      patch.addressSealed = input.address?.trim()
        ? ctx.sealer.seal(input.address.trim(), facilityAddressAad(id))
        : null;
    await tx.shelters.updateFacility(id, patch);
    const occupied = residentGroups.some((g) => current.occupancy[g] > 0);
    if (current.freeMovement && patch.freeMovement === false && occupied)
      await notifyCoordinators(tx, 'protection.held_without_free_movement', now, ctx.newId);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'shelter.facility_updated',
      entityType: 'shelter_facility',
      entityId: id,
      details: { fields: Object.keys(input) },
    });
    return { ...current, ...patch };
  });
}
