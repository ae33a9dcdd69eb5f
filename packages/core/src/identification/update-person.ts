import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorizeOnPerson } from '../policy/person-access-policy.ts';
import { checkAge } from './create-person.ts';
import { storedKeysFor } from './find-possible-duplicates.ts';
import type { Person } from './person.ts';
import { loadPersonFor } from './person-access.ts';
import { fullName, type PersonInput } from './person-input.ts';
import { sealIdentity, unsealIdentity } from './seal-identity.ts';

/**
 * Changes a person's attributes and, with the reveal permission, identity fields. Changing the
 * name or birth date refreshes the duplicate keys. The audit names the fields, never values.
 */
export async function updatePerson(ctx: Ctx, id: string, input: Partial<PersonInput>): Promise<Person> {
  return ctx.store.transaction(async (tx) => {
    const { person, facts } = await loadPersonFor(ctx, id, 'edit', tx);
    if (input.identity) authorizeOnPerson(ctx.actor, 'edit_identity', facts);
    checkAge({ birthYear: input.birthYear ?? person.birthYear, identity: input.identity });
    const changes: Partial<Person> = { updatedAt: ctx.clock.now() };
    if (input.gender !== undefined) changes.gender = input.gender;
    if (input.birthYear !== undefined) changes.birthYear = input.birthYear;
    if (input.ageBand !== undefined) changes.ageBand = input.ageBand;
    if (input.childAtIdentification !== undefined)
      changes.childAtIdentification = input.childAtIdentification;
    if (input.citizenships !== undefined) changes.citizenships = [...new Set(input.citizenships)];
    if (input.languages !== undefined) changes.languages = [...new Set(input.languages)];
    if (input.identity) changes.sealed = sealIdentity(ctx.sealer, id, input.identity);
    await tx.persons.update(id, changes);
    const identity = input.identity;
    if (identity && ['givenNames', 'familyName', 'otherNames', 'birthDate'].some((f) => f in identity)) {
      const current = unsealIdentity(ctx.sealer, id, { ...person.sealed, ...changes.sealed }, [
        'givenNames',
        'otherNames',
        'familyName',
        'birthDate',
      ]);
      const probe = {
        name: fullName(current),
        birthDate: current.birthDate,
        birthYear: changes.birthYear ?? person.birthYear,
      };
      await tx.persons.replaceDuplicateKeys(id, storedKeysFor(ctx, probe));
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      details: {
        fields: Object.keys(input).filter((k) => k !== 'identity'),
        identityFields: Object.keys(input.identity ?? {}),
      },
    });
    return { ...person, ...changes, sealed: { ...person.sealed, ...changes.sealed } };
  });
}
