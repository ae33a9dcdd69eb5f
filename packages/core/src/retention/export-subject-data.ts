import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { mayExportCaseReference } from '../policy/case-access-policy.ts';
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
  const withheld = await compartmentedCases(ctx, records);
  const opened: SubjectRecords = {};
  for (const [table, all] of Object.entries(records)) {
    const rows = all.filter((row) => {
      const caseId = caseIdOf(table, row);
      return caseId === undefined || !withheld.has(caseId);
    });
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
      // What the file holds: a withheld case is not counted either (the count would tell of it).
      rows: Object.fromEntries(Object.entries(opened).map(([t, r]) => [t, r.length])),
    },
  });
  return {
    personId,
    exportedAt: ctx.clock.now().toISOString(),
    requestReference: input.requestReference,
    records: opened,
  };
}

/** The case a row names: a case's own id, or the case a victim is linked to. */
function caseIdOf(table: string, row: Record<string, unknown>): string | undefined {
  if (table === 'criminal_cases') return String(row.id);
  if (table === 'case_victims') return String(row.case_id);
  return undefined;
}

/** The person's cases the export may not name to this actor (the policy decides). */
async function compartmentedCases(ctx: Ctx, records: SubjectRecords): Promise<Set<string>> {
  const withheld = new Set<string>();
  for (const row of records.case_victims ?? []) {
    const id = String(row.case_id);
    const c = await ctx.store.prosecution.getCase(id);
    if (c && !mayExportCaseReference(ctx.actor, c)) withheld.add(id);
  }
  return withheld;
}
