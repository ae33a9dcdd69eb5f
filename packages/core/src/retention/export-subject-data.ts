import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';
import type { ErasureInput } from './erase-person.ts';
import type { SealedValue, SubjectRecords } from './retention-ports.ts';

export interface SubjectAccessExport {
  personId: string;
  exportedAt: string;
  requestReference: string;
  /** Every row about the person, table by table, sealed values opened. */
  records: SubjectRecords;
}

function isSealed(value: unknown): value is SealedValue {
  return typeof value === 'object' && value !== null && 'sealed' in value && 'aad' in value;
}

/**
 * Everything held on one person, in every module, with its sealed values opened: the answer to
 * a subject access request (GDPR art. 15). The data protection officer's, with the request's
 * reference; audited with the reference and the tables' row counts, never the contents.
 */
export async function exportSubjectData(
  ctx: Ctx,
  code: string,
  input: Pick<ErasureInput, 'requestReference'>,
): Promise<SubjectAccessExport> {
  authorize(ctx.actor, 'data_subject_request', 'read');
  const personId = await ctx.store.retention.personIdByCode(code);
  const records = personId ? await ctx.store.retention.subjectRecords(personId) : undefined;
  if (!personId || !records) throw notFound('person');
  const opened: SubjectRecords = {};
  for (const [table, rows] of Object.entries(records)) {
    opened[table] = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          isSealed(value) ? ctx.sealer.unseal(value.sealed, value.aad) : value,
        ]),
      ),
    );
  }
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'person.subject_access_exported',
    entityType: 'person',
    entityId: personId,
    details: {
      requestReference: input.requestReference,
      rows: Object.fromEntries(Object.entries(records).map(([t, r]) => [t, r.length])),
    },
  });
  return {
    personId,
    exportedAt: ctx.clock.now().toISOString(),
    requestReference: input.requestReference,
    records: opened,
  };
}
