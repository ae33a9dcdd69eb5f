import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import { invalid } from '../support/errors.ts';
import { createPerson } from './create-person.ts';
import type { PossibleDuplicate } from './find-possible-duplicates.ts';
import { readHtcdsCaseFacts } from './htcds-case-fields.ts';
import { fromHtcds, type HtcdsExport, type HtcdsIssue, type HtcdsRecord, toHtcds } from './htcds-person.ts';
import type { DateOrder } from './htcds-values.ts';
import type { Person } from './person.ts';
import { sealedPersonFields } from './person.ts';
import { loadPersonFor } from './person-access.ts';
import { recordExploitation } from './record-exploitation.ts';
import { unsealIdentity } from './seal-identity.ts';

/** Exports a person as HTCDS JSON. It carries identity, so it is a reveal: same right, audited. */
export async function exportPersonHtcds(ctx: Ctx, id: string): Promise<HtcdsExport> {
  const { person, facts } = await loadPersonFor(ctx, id, 'reveal_identity');
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'person.exported_htcds',
    entityType: 'person',
    entityId: id,
    details: { code: person.code },
  });
  const identity = unsealIdentity(
    ctx.sealer,
    id,
    person.sealed,
    sealedPersonFields.filter((f) => f !== 'sensitive'),
  );
  return toHtcds(person, identity, (await ctx.store.persons.getExploitation(id)) ?? null, {
    caseFacts: await readHtcdsCaseFacts(ctx, id, facts),
    // Services are the support record's: only its readers learn of them.
    services: mayOnPerson(ctx.actor, 'read_support', facts)
      ? (await ctx.store.protection.forPerson(id)).services
      : [],
  });
}

export interface HtcdsImportInput {
  record: HtcdsRecord;
  traffickingEvents?: HtcdsRecord[];
  /** Named as not kept, each filled field (htcds-fields.ts says why). */
  supportPlans?: HtcdsRecord[];
  confirmDuplicates?: boolean;
  dateOrder?: DateOrder;
}

/**
 * Imports a person with their victim context from another system's HTCDS record, through the
 * same duplicate check as any registration. A value that cannot be read refuses the record (422,
 * each named); values read but not kept are returned, with the reason. The source's status is
 * returned, not adopted: a decision in this system is always made by one of its bodies.
 */
export async function importPersonHtcds(
  ctx: Ctx,
  input: HtcdsImportInput,
): Promise<{
  person: Person;
  possibleDuplicates: PossibleDuplicate[];
  source: { status: string | null; decidingBody: string | null };
  notStored: HtcdsIssue[];
}> {
  const imported = fromHtcds(input.record, input.traffickingEvents ?? [], {
    dateOrder: input.dateOrder,
    supportPlans: input.supportPlans,
  });
  if (imported.invalid.length > 0) {
    throw invalid(
      `The HTCDS record has values OpenNRM cannot read: ${imported.invalid.map((i) => `${i.field}: ${i.reason}`).join(' ')}`,
      {
        fields: Object.fromEntries(imported.invalid.map((i) => [i.field, 'invalid'])),
        issues: imported.invalid,
      },
    );
  }
  const identity = imported.person.identity;
  if (!identity?.givenNames && !identity?.familyName) {
    throw invalid('The HTCDS record has no name (prs_FirstName or prs_SecondName).', {
      fields: { record: 'no_name' },
    });
  }
  const { person, possibleDuplicates } = await createPerson(ctx, {
    ...imported.person,
    confirmDuplicates: input.confirmDuplicates ?? false,
  });
  if (imported.exploitation) await recordExploitation(ctx, person.id, imported.exploitation);
  return { person, possibleDuplicates, source: imported.source, notStored: imported.notStored };
}
