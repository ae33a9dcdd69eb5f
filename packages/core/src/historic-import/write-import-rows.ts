import type { Ctx } from '../context.ts';
import type { Organisation } from '../model.ts';
import { DomainError } from '../support/errors.ts';
import type { ImportedRow } from './historic-import-ports.ts';
import { importActor } from './import-actor.ts';
import type { ImportProgress, RowError } from './import-report.ts';
import type { ParsedSheet } from './parse-import-sheets.ts';
import type { RowWriter } from './sheet-definition.ts';

/** Thrown by `recordOf` when a row names one that was not (or could not be) written. */
class MissingReference extends Error {}

export interface WriteInput {
  importId: string;
  organisation: Organisation;
  organisations: Map<string, Organisation>;
  sheets: ParsedSheet[];
  /** (sheet, source id) -> record id, of earlier runs; rows written now are added. */
  known: Map<string, ImportedRow | { recordId: string }>;
  /** Rows to write (new ones without errors), by sheet. */
  toWrite: Set<string>;
  onProgress?: (progress: ImportProgress) => void;
  /** Possible duplicates met, for the trail: a dry run must not become a silent name search. */
  stats: { duplicateMatches: number };
}

export const rowKey = (sheet: string, sourceId: string) => `${sheet}\u0000${sourceId}`;

/**
 * Hands each new row to its sheet's writer, inside the caller's transaction, in the order of the
 * registry. A use case's refusal becomes the row's error (with the column it names); anything
 * else (the database refusing) stops the run, as the transaction can go no further.
 */
export async function writeImportRows(
  ctx: Ctx,
  tx: Ctx['store'],
  input: WriteInput,
  errors: RowError[],
): Promise<{ written: { sheet: string; sourceId: string; recordId: string; rowHash: string }[] }> {
  const written: { sheet: string; sourceId: string; recordId: string; rowHash: string }[] = [];
  const total = input.toWrite.size;
  let done = 0;
  const contexts = new Map<string, Ctx>();
  const actingFor = (organisationId?: string | null): Ctx => {
    const id = organisationId ?? input.organisation.id;
    let acting = contexts.get(id);
    if (!acting) {
      const org = input.organisations.get(id);
      if (!org) throw new DomainError('validation_failed', 'The organisation does not exist.');
      acting = { ...ctx, store: tx, actor: importActor(ctx.actor, org, input.importId) };
      contexts.set(id, acting);
    }
    return acting;
  };
  const recordOf = (sheet: string, sourceId: string): string => {
    const known = input.known.get(rowKey(sheet, sourceId));
    if (!known)
      throw new MissingReference(
        `The ${sheet} row "${sourceId}" was not imported: it has errors, or it is missing.`,
      );
    return known.recordId;
  };
  const writer: RowWriter = { organisation: input.organisation, actingFor, recordOf };
  for (const { definition, rows } of input.sheets) {
    for (const row of rows) {
      if (!input.toWrite.has(rowKey(definition.name, row.sourceId))) continue;
      try {
        const recordId = await definition.write(writer, row.values);
        input.known.set(rowKey(definition.name, row.sourceId), { recordId });
        written.push({ sheet: definition.name, sourceId: row.sourceId, recordId, rowHash: row.hash });
      } catch (error) {
        if (error instanceof MissingReference) {
          errors.push({ sheet: definition.name, row: row.row, column: null, message: error.message });
        } else if (error instanceof DomainError) {
          if ((error.details as { reason?: string } | undefined)?.reason === 'possible_duplicate')
            input.stats.duplicateMatches += 1;
          errors.push({
            sheet: definition.name,
            row: row.row,
            column: columnOf(error, definition.fieldColumns),
            message: explain(error),
          });
        } else {
          errors.push({
            sheet: definition.name,
            row: row.row,
            column: null,
            message: `The database refused this row, and the import stopped here: ${(error as Error).message}`,
          });
          return { written };
        }
      }
      done += 1;
      input.onProgress?.({ done, total, sheet: definition.name });
    }
  }
  return { written };
}

function columnOf(
  error: DomainError,
  fieldColumns: Readonly<Record<string, string>> | undefined,
): string | null {
  const fields = (error.details as { fields?: Record<string, unknown> } | undefined)?.fields;
  const field = fields ? Object.keys(fields)[0] : undefined;
  return field ? (fieldColumns?.[field] ?? null) : null;
}

function explain(error: DomainError): string {
  const reason = (error.details as { reason?: string } | undefined)?.reason;
  if (reason === 'possible_duplicate')
    return 'A person with this name and birth date may already be registered. Check, then put yes in confirm_not_duplicate if it is another person.';
  if (error.code === 'forbidden' || error.code === 'not_found')
    return `${error.message} The organisation acting for this row must hold the person, or have been referred it.`;
  return error.message;
}
