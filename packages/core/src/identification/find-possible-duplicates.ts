import type { Ctx } from '../context.ts';
import { duplicateKeys } from '../persons/duplicate-key.ts';
import { authorize } from '../policy/authorize.ts';
import type { Store } from '../ports.ts';

export interface PossibleDuplicate {
  /** Whom to contact: the organisation holding the matching record. Nothing else is told. */
  organisationId: string;
  organisationName: string;
}

export interface DuplicateProbe {
  name: string;
  birthDate?: string | null;
  birthYear?: number | null;
}

/**
 * Keys of a probe. With a full birth date the year-only keys are added too, so a record made
 * with the date still meets one made by someone who knew only the year.
 */
export function keysFor(ctx: Pick<Ctx, 'lookupKey'>, probe: DuplicateProbe): string[] {
  const date = probe.birthDate ?? null;
  const year = probe.birthYear ?? (date ? Number(date.slice(0, 4)) : null);
  const keys = duplicateKeys(ctx.lookupKey, probe.name, date, year);
  if (date && year) keys.push(...duplicateKeys(ctx.lookupKey, probe.name, null, year));
  return [...new Set(keys)];
}

/**
 * Looks for records of the same person anywhere in the country, by keyed hashes of the
 * normalised name and birth date. Tells only that a match exists and which organisation holds
 * it (DESIGN 4): no code, no name, no status. `exceptPersonId` leaves out the record itself.
 */
export async function findPossibleDuplicates(
  ctx: Ctx,
  probe: DuplicateProbe,
  exceptPersonId?: string,
  store: Store = ctx.store,
): Promise<PossibleDuplicate[]> {
  authorize(ctx.actor, 'person', 'create');
  const keys = keysFor(ctx, probe);
  if (keys.length === 0) return [];
  const matches = (await store.persons.findByDuplicateKeys(keys)).filter(
    (m) => m.personId !== exceptPersonId,
  );
  const organisations = [...new Set(matches.map((m) => m.organisationId))];
  const result: PossibleDuplicate[] = [];
  for (const organisationId of organisations) {
    const organisation = await store.organisations.get(organisationId);
    result.push({ organisationId, organisationName: organisation?.name ?? '?' });
  }
  return result;
}
