import type { Sealer } from '../sealing/sealer.ts';
import type { PersonIdentity, SealedPersonField } from './person.ts';
import { personFieldAad } from './person-access.ts';

/**
 * Seals each identity field separately (docs/decisions/0003-sealed-fields.md) so a field can be
 * revealed, changed or re-sealed alone. Empty values are stored as null, not as sealed nothing.
 */
export function sealIdentity(
  sealer: Sealer,
  personId: string,
  identity: PersonIdentity,
): Partial<Record<SealedPersonField, string | null>> {
  const sealed: Partial<Record<SealedPersonField, string | null>> = {};
  for (const [field, value] of Object.entries(identity) as [SealedPersonField, unknown][]) {
    if (value === undefined) continue;
    const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
    sealed[field] = empty ? null : sealer.seal(JSON.stringify(value), personFieldAad(field, personId));
  }
  return sealed;
}

export function unsealIdentity(
  sealer: Sealer,
  personId: string,
  sealed: Partial<Record<SealedPersonField, string | null>>,
  fields: readonly SealedPersonField[],
): PersonIdentity {
  const identity: Record<string, unknown> = {};
  for (const field of fields) {
    const value = sealed[field];
    identity[field] = value ? JSON.parse(sealer.unseal(value, personFieldAad(field, personId))) : null;
  }
  return identity as PersonIdentity;
}
