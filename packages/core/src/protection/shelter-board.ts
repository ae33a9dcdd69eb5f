import type { Ctx } from '../context.ts';
import { authorizeOnFacility, mayOnFacility } from '../policy/facility-access-policy.ts';
import { forbidden, notFound } from '../support/errors.ts';
import type { Capacity, FacilityWithOccupancy, Occupancy, ShelterStay } from './protection.ts';
import { residentGroups } from './protection-vocabulary.ts';

export interface FacilityView extends Omit<FacilityWithOccupancy, 'addressSealed'> {
  hasAddress: boolean;
  /** What this actor may do to it (the web shows only these). */
  may: {
    update: boolean;
    readResidents: boolean;
    admit: boolean;
    discharge: boolean;
    revealAddress: boolean;
  };
}

export interface ShelterBoard {
  facilities: FacilityView[];
  national: { capacity: Capacity; occupancy: Occupancy };
  /** Facilities and places per region: where there is no provider shows as an absent region. */
  regions: { region: string; facilities: number; capacity: number; occupancy: number }[];
}

function sum(groups: Record<string, number>): number {
  return residentGroups.reduce((total, g) => total + (groups[g] ?? 0), 0);
}

export function describeFacility(ctx: Ctx, facility: FacilityWithOccupancy): FacilityView {
  const { addressSealed, ...rest } = facility;
  return {
    ...rest,
    hasAddress: addressSealed !== null,
    may: {
      update: mayOnFacility(ctx.actor, 'update', facility),
      readResidents: mayOnFacility(ctx.actor, 'read_residents', facility),
      admit: mayOnFacility(ctx.actor, 'admit', facility),
      discharge: mayOnFacility(ctx.actor, 'discharge', facility),
      revealAddress: mayOnFacility(ctx.actor, 'reveal_address', facility),
    },
  };
}

/** The occupancy board: every facility, the national totals, and providers by region. */
export async function getShelterBoard(ctx: Ctx): Promise<ShelterBoard> {
  // The board holds no resident and no address: reading it is a role right, not a relationship.
  if (!mayOnFacility(ctx.actor, 'read', { organisationId: '' })) throw forbidden();
  const facilities = await ctx.store.shelters.listFacilities();
  const active = facilities.filter((f) => f.active);
  const capacity = Object.fromEntries(
    residentGroups.map((g) => [g, active.reduce((t, f) => t + f.capacity[g], 0)]),
  ) as Capacity;
  const occupancy = Object.fromEntries(
    residentGroups.map((g) => [g, active.reduce((t, f) => t + f.occupancy[g], 0)]),
  ) as Occupancy;
  const byRegion = new Map<
    string,
    { region: string; facilities: number; capacity: number; occupancy: number }
  >();
  for (const f of active) {
    const row = byRegion.get(f.region) ?? { region: f.region, facilities: 0, capacity: 0, occupancy: 0 };
    row.facilities += 1;
    row.capacity += sum(f.capacity);
    row.occupancy += sum(f.occupancy);
    byRegion.set(f.region, row);
  }
  return {
    facilities: facilities.map((f) => describeFacility(ctx, f)),
    national: { capacity, occupancy },
    regions: [...byRegion.values()].sort((a, b) => a.region.localeCompare(b.region)),
  };
}

export interface ResidentView extends ShelterStay {
  personCode: string;
}

/** One facility; its residents only for its operator's own staff. */
export async function getFacility(
  ctx: Ctx,
  id: string,
): Promise<{ facility: FacilityView; residents: ResidentView[] | null }> {
  const facility = await ctx.store.shelters.getFacility(id);
  if (!facility) throw notFound('The facility');
  authorizeOnFacility(ctx.actor, 'read', facility);
  const view = describeFacility(ctx, facility);
  if (!view.may.readResidents) return { facility: view, residents: null };
  const stays = await ctx.store.shelters.listOpenStays(id);
  const codes = await ctx.store.persons.codesOf(stays.map((s) => s.personId));
  return {
    facility: view,
    residents: stays.map((s) => ({ ...s, personCode: codes.get(s.personId) ?? '' })),
  };
}
