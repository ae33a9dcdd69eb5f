import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { Store } from '../ports.ts';
import { invalid } from '../support/errors.ts';
import { defaultPreventionPlaces, type PreventionPlace } from './default-prevention-places.ts';
import { preventionRegions } from './prevention-regions.ts';

export type { PreventionPlace } from './default-prevention-places.ts';

const key = 'prevention.places';

/** The configured cities and districts (the shipped list until an administrator sets one). */
export async function readPreventionPlaces(store: Store): Promise<readonly PreventionPlace[]> {
  const stored = (await store.configuration.get(key)) as PreventionPlace[] | undefined;
  return stored ?? defaultPreventionPlaces;
}

/** The place a record names, or a 422 naming the field. */
export async function findPreventionPlace(
  store: Store,
  code: string,
  field: string,
): Promise<PreventionPlace> {
  const place = (await readPreventionPlaces(store)).find((p) => p.code === code);
  if (!place)
    throw invalid('Choose a place from the list of cities and districts.', {
      fields: { [field]: 'unknown' },
    });
  return place;
}

/**
 * Replaces the list of places. A code stays what records store, so a place may be renamed or
 * moved to another region, but every code of the list must be unique and each region known.
 */
export async function setPreventionPlaces(
  ctx: Ctx,
  places: readonly PreventionPlace[],
): Promise<PreventionPlace[]> {
  authorize(ctx.actor, 'configuration', 'update');
  const codes = new Set<string>();
  for (const [i, p] of places.entries()) {
    if (!/^[a-z0-9-]{1,60}$/.test(p.code) || codes.has(p.code))
      throw invalid('Each place needs its own code (lower case letters, digits, hyphens).', {
        fields: { [`places.${i}.code`]: 'invalid' },
      });
    if (!(preventionRegions as readonly string[]).includes(p.region))
      throw invalid('Unknown region.', { fields: { [`places.${i}.region`]: 'invalid' } });
    codes.add(p.code);
  }
  const list = places.map((p) => ({ code: p.code, name: p.name.trim(), kind: p.kind, region: p.region }));
  await ctx.store.transaction(async (tx) => {
    await tx.configuration.set(key, list, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'prevention.places_set',
      entityType: 'configuration',
      entityId: key,
      details: { places: list.length },
    });
  });
  return list;
}

/** The list, for anyone signed in: reference data like the directory of bodies. */
export async function listPreventionPlaces(ctx: Ctx): Promise<readonly PreventionPlace[]> {
  authorize(ctx.actor, 'organisation', 'read');
  return readPreventionPlaces(ctx.store);
}
