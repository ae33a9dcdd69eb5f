import type { CountryReportStore, CriterionAssessment, NarrativeEdit } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * The country report's edits and assessments. A save is a compare-and-set on `version`: an
 * insert when none is expected (a concurrent first save loses on the primary key), an update
 * only where the stored version is the one the editor read.
 */
export function createCountryReportStore(db: Kysely<Database>): CountryReportStore {
  return {
    async listEdits(year, locale) {
      const rows = await db
        .selectFrom('country_report_edits')
        .selectAll()
        .where('year', '=', year)
        .where('locale', '=', locale)
        .execute();
      return rows.map(
        (r): NarrativeEdit => ({
          year: r.year,
          locale: r.locale,
          part: r.part as NarrativeEdit['part'],
          draft: r.draft,
          edited: r.edited,
          version: r.version,
          editedBy: r.edited_by,
          editedAt: r.edited_at,
        }),
      );
    },
    async putEdit(edit, expectedVersion) {
      const row = {
        year: edit.year,
        locale: edit.locale,
        part: edit.part,
        draft: edit.draft,
        edited: edit.edited,
        version: edit.version,
        edited_by: edit.editedBy,
        edited_at: edit.editedAt,
      };
      if (expectedVersion === 0) {
        const inserted = await db
          .insertInto('country_report_edits')
          .values(row)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      }
      const updated = await db
        .updateTable('country_report_edits')
        .set({
          draft: row.draft,
          edited: row.edited,
          version: row.version,
          edited_by: row.edited_by,
          edited_at: row.edited_at,
        })
        .where('year', '=', edit.year)
        .where('locale', '=', edit.locale)
        .where('part', '=', edit.part)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },
    async listAssessments(year) {
      const rows = await db
        .selectFrom('country_report_assessments')
        .selectAll()
        .where('year', '=', year)
        .execute();
      return rows.map(
        (r): CriterionAssessment => ({
          year: r.year,
          criterion: r.criterion,
          verdict: r.verdict as CriterionAssessment['verdict'],
          notes: r.notes,
          version: r.version,
          assessedBy: r.assessed_by,
          assessedAt: r.assessed_at,
        }),
      );
    },
    async putAssessment(a, expectedVersion) {
      const row = {
        year: a.year,
        criterion: a.criterion,
        verdict: a.verdict,
        notes: a.notes,
        version: a.version,
        assessed_by: a.assessedBy,
        assessed_at: a.assessedAt,
      };
      if (expectedVersion === 0) {
        const inserted = await db
          .insertInto('country_report_assessments')
          .values(row)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      }
      const updated = await db
        .updateTable('country_report_assessments')
        .set({
          verdict: row.verdict,
          notes: row.notes,
          version: row.version,
          assessed_by: row.assessed_by,
          assessed_at: row.assessed_at,
        })
        .where('year', '=', a.year)
        .where('criterion', '=', a.criterion)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },
  };
}
