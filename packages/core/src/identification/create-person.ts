import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { DomainError, invalid } from '../support/errors.ts';
import { findPossibleDuplicates, type PossibleDuplicate, storedKeysFor } from './find-possible-duplicates.ts';
import type { Person } from './person.ts';
import { fullName, type PersonInput } from './person-input.ts';
import { sealIdentity } from './seal-identity.ts';

/**
 * Registers a person. Before anything is written the duplicate check runs (limited and audited
 * like any check); when it finds a possible match the caller must confirm (`confirmDuplicates`)
 * after following it up: the answer is a 409 that names no other organisation, so registering
 * cannot be used to locate a person either.
 */
export async function createPerson(
  ctx: Ctx,
  input: PersonInput & { confirmDuplicates?: boolean },
): Promise<{ person: Person; possibleDuplicates: PossibleDuplicate[] }> {
  authorize(ctx.actor, 'person', 'create', { organisationId: ctx.actor.organisationId });
  checkAge(input);
  const probe = {
    name: fullName(input.identity),
    birthDate: input.identity?.birthDate,
    birthYear: input.birthYear,
  };
  const now = ctx.clock.now();
  const { duplicates: possibleDuplicates } = await findPossibleDuplicates(ctx, probe, 'register');
  return ctx.store.transaction(async (tx) => {
    if (possibleDuplicates.length > 0 && !input.confirmDuplicates) {
      throw new DomainError(
        'conflict',
        'A person with this name and birth date may already be registered. Open your record, or ask the holder to contact you, before creating a new record.',
        {
          reason: 'possible_duplicate',
          possibleDuplicates,
        },
      );
    }
    const id = ctx.newId();
    const person: Person = {
      id,
      code: await tx.persons.nextCode(now.getUTCFullYear()),
      organisationId: ctx.actor.organisationId,
      gender: input.gender,
      birthYear: input.birthYear ?? null,
      ageBand: input.ageBand ?? null,
      childAtIdentification: input.childAtIdentification ?? null,
      citizenships: [...new Set(input.citizenships ?? [])],
      languages: [...new Set(input.languages ?? [])],
      status: 'presumed',
      statusBodyType: null,
      statusDecidedAt: null,
      stateDecided: false,
      firstScreenedAt: null,
      decisionDueAt: null,
      sealed: sealIdentity(ctx.sealer, id, input.identity ?? {}),
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.persons.create(person);
    await tx.persons.addDuplicateKeys(id, storedKeysFor(ctx, probe));
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.created',
      entityType: 'person',
      entityId: id,
      details: {
        code: person.code,
        duplicatesConfirmed: possibleDuplicates.map((d) => d.personId ?? 'elsewhere'),
      },
    });
    return { person, possibleDuplicates };
  });
}

/** Birth year and child flag must agree with each other and with the calendar. */
export function checkAge(input: Pick<PersonInput, 'birthYear' | 'identity'>): void {
  const year = input.birthYear;
  if (year !== undefined && year !== null && (year < 1900 || year > new Date().getUTCFullYear())) {
    throw invalid('The birth year is not plausible.', { fields: { birthYear: 'out_of_range' } });
  }
  const birthDate = input.identity?.birthDate;
  if (birthDate && year && Number(birthDate.slice(0, 4)) !== year) {
    throw invalid('The birth date and the birth year disagree.', { fields: { birthYear: 'mismatch' } });
  }
}
