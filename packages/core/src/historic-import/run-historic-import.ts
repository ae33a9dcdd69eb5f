import type { AuditAction } from '../audit/audit-actions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid } from '../support/errors.ts';
import { loadCodeLists } from './code-lists.ts';
import type { ImportCounts, ImportedRow } from './historic-import-ports.ts';
import { historicSheets } from './historic-sheets.ts';
import type { HistoricImportReport, ImportProgress, ImportSheet, RowError } from './import-report.ts';
import { parseImportSheets } from './parse-import-sheets.ts';
import type { SheetDefinition } from './sheet-definition.ts';
import { rowKey, writeImportRows } from './write-import-rows.ts';

export interface HistoricImportInput {
  /** The organisation whose history this is: it owns the persons and sends the referrals. */
  organisationId: string;
  fileName: string;
  fileSha256: string;
  sheets: ImportSheet[];
  /** Check everything (the use cases included) and write nothing. */
  dryRun: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** Checked before a file is even read, so nobody else makes the server parse workbooks. */
export function authorizeHistoricImport(ctx: Ctx): void {
  authorize(ctx.actor, 'historic_import', 'create');
}

/** Thrown to roll the transaction back once the rows were tried: a dry run, or errors. */
class Rollback extends Error {}

/**
 * Loads a country's records from before OpenNRM. Every row goes through the use cases the web
 * uses (duplicate check, record-level policy, sealing, audit), acting for the organisation that
 * made it with the date it happened, all in ONE transaction: a dry run rolls it back after
 * trying every row, and a run with any error writes nothing. Idempotent by the source's own
 * record id: a row imported before with the same cells is skipped; a row imported before whose
 * cells changed is refused (correct the record in OpenNRM: a re-import never overwrites what
 * users may have worked on since).
 */
export async function runHistoricImport(
  ctx: Ctx,
  input: HistoricImportInput,
  definitions: readonly SheetDefinition[] = historicSheets,
): Promise<HistoricImportReport> {
  authorizeHistoricImport(ctx);
  const organisation = await ctx.store.organisations.get(input.organisationId);
  if (!organisation?.active || organisation.type === 'system_operator')
    throw invalid('Choose an active organisation of the referral mechanism.', {
      fields: { organisationId: 'unknown' },
    });
  const organisations = new Map(
    (await ctx.store.organisations.list({ includeInactive: true })).map((o) => [o.id, o]),
  );
  const errors: RowError[] = [];
  const notices: RowError[] = [];
  const lists = await loadCodeLists(ctx);
  const { parsed, ignored } = parseImportSheets(definitions, input.sheets, lists, errors, notices);
  const counts: ImportCounts = {};
  const known = new Map<string, ImportedRow | { recordId: string }>();
  const toWrite = new Set<string>();
  for (const { definition, rows } of parsed) {
    const count = { created: 0, unchanged: 0, rejected: 0 };
    counts[definition.name] = count;
    const earlier = await ctx.store.historicImports.findRows(
      organisation.id,
      definition.name,
      rows.map((r) => r.sourceId),
    );
    const bySource = new Map(earlier.map((e) => [e.sourceId, e]));
    for (const row of rows) {
      const before = bySource.get(row.sourceId);
      if (before) known.set(rowKey(definition.name, row.sourceId), before);
      if (before && before.rowHash === row.hash) count.unchanged += 1;
      else if (before)
        errors.push({
          sheet: definition.name,
          row: row.row,
          column: 'source_id',
          message: `This record was imported on ${before.importedAt.toISOString().slice(0, 10)} and has changed since. A re-import never overwrites: correct the record in OpenNRM, or give a different record its own source_id.`,
        });
      else if (!row.failed) toWrite.add(rowKey(definition.name, row.sourceId));
    }
  }
  const importId = ctx.newId();
  const stats = { duplicateMatches: 0 };
  const personRows = [...toWrite].filter((k) => k.startsWith('persons\u0000')).length;
  // Each new person is one duplicate check, as on the web; the import may spend one per row on
  // top of the hourly allowance, and the trail says how many it spent.
  const importCtx: Ctx = {
    ...ctx,
    security: {
      ...ctx.security,
      duplicateChecksPerUserHour: ctx.security.duplicateChecksPerUserHour + personRows,
      duplicateChecksPerOrganisationHour: ctx.security.duplicateChecksPerOrganisationHour + personRows,
    },
  };
  const report = (outcome: HistoricImportReport['outcome']): HistoricImportReport => {
    for (const key of new Set(errors.filter((e) => e.row !== null).map((e) => `${e.sheet}\u0000${e.row}`))) {
      const count = counts[key.split('\u0000')[0] as string];
      if (count) count.rejected += 1;
    }
    return {
      outcome,
      importId: outcome === 'imported' ? importId : null,
      organisationId: organisation.id,
      fileName: input.fileName,
      fileSha256: input.fileSha256,
      counts,
      errors: sortErrors(errors, definitions),
      notices: sortErrors(notices, definitions),
      ignoredSheets: ignored,
    };
  };
  try {
    return await ctx.store.transaction(async (tx) => {
      const { written } = await writeImportRows(
        importCtx,
        tx,
        {
          importId,
          organisation,
          organisations,
          sheets: parsed,
          known,
          toWrite,
          onProgress: input.onProgress,
          stats,
        },
        errors,
      );
      for (const w of written) (counts[w.sheet] as { created: number }).created += 1;
      if (input.dryRun || errors.length > 0) throw new Rollback();
      const now = ctx.clock.now();
      const done = report('imported');
      await tx.historicImports.saveRun(
        {
          id: importId,
          organisationId: organisation.id,
          fileName: input.fileName,
          fileSha256: input.fileSha256,
          importedBy: ctx.actor.userId,
          importedAt: now,
          counts,
        },
        written,
      );
      await auditRun(ctx, tx, 'historic_import.imported', done, { duplicateChecks: personRows, ...stats });
      return done;
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    // Rolled back with the rows; the trail keeps that the file was tried, and what it found.
    if (!input.dryRun) for (const c of Object.values(counts)) c.created = 0;
    const done = report(input.dryRun ? 'checked' : 'refused');
    await auditRun(
      ctx,
      ctx.store,
      input.dryRun ? 'historic_import.checked' : 'historic_import.refused',
      done,
      { duplicateChecks: personRows, ...stats },
    );
    return done;
  }
}

function auditRun(
  ctx: Ctx,
  store: Ctx['store'],
  action: AuditAction,
  report: HistoricImportReport,
  checks: { duplicateChecks: number; duplicateMatches: number },
) {
  return recordAudit({ store, clock: ctx.clock }, ctx.actor, ctx.request, {
    action,
    entityType: 'historic_import',
    entityId: report.importId,
    details: {
      organisationId: report.organisationId,
      fileName: report.fileName,
      fileSha256: report.fileSha256,
      counts: report.counts,
      errors: report.errors.length,
      ...checks,
    },
  });
}

function sortErrors(errors: RowError[], definitions: readonly SheetDefinition[]): RowError[] {
  const order = (sheet: string) => definitions.findIndex((d) => d.name === sheet);
  return [...errors].sort((a, b) => order(a.sheet) - order(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}
