import type { Ctx } from '../context.ts';
import { storedKeysFor } from './find-possible-duplicates.ts';
import type { Person } from './person.ts';
import { fullName } from './person-input.ts';
import { unsealIdentity } from './seal-identity.ts';

/**
 * The blind-index keys a person's record should hold (its duplicate keys and the name search's
 * keys), computed from its sealed name and birth date exactly as registration does. For the
 * backfill of records registered before the name search existed (`opennrm persons index-names`):
 * it needs the sealing keys to open the name and the lookup key to key it, so only the operator's
 * command runs it, never a request. No keys when the record holds no name.
 */
export function personIndexKeys(ctx: Pick<Ctx, 'sealer' | 'lookupKey'>, person: Person): string[] {
  const identity = unsealIdentity(ctx.sealer, person.id, person.sealed, [
    'givenNames',
    'otherNames',
    'familyName',
    'birthDate',
  ]);
  const name = fullName(identity);
  if (!name) return [];
  return storedKeysFor(ctx, { name, birthDate: identity.birthDate ?? null, birthYear: person.birthYear });
}
