import { type CtdcFormat, type CtdcRecord, ctdcAttribution } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { CopyInto } from '../bulk/copy-into.ts';
import type { Database } from '../schema.ts';

/**
 * The writes of `opennrm import ctdc` (the CLI streams and validates the file; the SQL is here).
 * A dataset is inserted as loading, its records copied, then published in one transaction with
 * retiring its predecessor, or discarded.
 */

/** Where an import writes: a database and its COPY (the CLI runtime and test databases have both). */
export interface CtdcImportTarget {
  db: Kysely<Database>;
  copyInto: CopyInto;
}

export interface NewCtdcDataset {
  id: string;
  name: string;
  format: CtdcFormat;
  fileName: string;
  sha256: string;
  columns: { mapped: Record<string, string>; ignored: string[] };
  importedBy: string;
  at: Date;
}

/** Inserts the dataset as loading: invisible to reports until `publishDataset`. */
export async function beginDataset(db: Kysely<Database>, d: NewCtdcDataset): Promise<void> {
  await db
    .insertInto('source_datasets')
    .values({
      id: d.id,
      name: d.name,
      format: d.format,
      file_name: d.fileName,
      sha256: d.sha256,
      row_count: 0,
      rejected_count: 0,
      columns: JSON.stringify(d.columns),
      attribution: ctdcAttribution[d.format],
      imported_by: d.importedBy,
      imported_at: d.at,
      status: 'loading',
    })
    .execute();
}

/** Streams the records of a loading dataset in with COPY. */
export async function copyCtdcRecords(
  target: CtdcImportTarget,
  datasetId: string,
  records: AsyncIterable<CtdcRecord>,
): Promise<void> {
  async function* rows() {
    for await (const record of records) yield toCtdcRow(datasetId, record);
  }
  await target.copyInto('ctdc_records', ctdcRecordColumns, rows());
}

export const ctdcRecordColumns = [
  'dataset_id',
  'row_number',
  'year',
  'gender',
  'age_band',
  'majority',
  'citizenship',
  'exploitation_country',
  'is_forced_labour',
  'is_sexual_exploit',
  'is_other_exploit',
  'means',
  'labour_types',
  'sex_types',
  'recruiter_relations',
  'traffick_months',
] as const;

/** A record as one COPY row, in the order of `ctdcRecordColumns`. */
export function toCtdcRow(datasetId: string, r: CtdcRecord): unknown[] {
  return [
    datasetId,
    r.rowNumber,
    r.year,
    r.gender,
    r.ageBand,
    r.majority,
    r.citizenship,
    r.exploitationCountry,
    r.isForcedLabour,
    r.isSexualExploit,
    r.isOtherExploit,
    r.means,
    r.labourTypes,
    r.sexTypes,
    r.recruiterRelations,
    r.traffickMonths,
  ];
}

export function findReadyDataset(db: Kysely<Database>, name: string) {
  return db
    .selectFrom('source_datasets')
    .select(['id', 'sha256'])
    .where('name', '=', name)
    .where('status', '=', 'ready')
    .executeTakeFirst();
}

/** Removes what an interrupted import of this name left behind (never reported, but it takes space). */
export async function removeUnfinished(db: Kysely<Database>, name: string): Promise<void> {
  await db
    .deleteFrom('source_datasets')
    .where('name', '=', name)
    .where('status', 'in', ['loading', 'replaced'])
    .execute();
}

/**
 * Makes the loaded dataset the one reports see, in one transaction with retiring its predecessor,
 * then deletes the predecessor's records (after the switch, so reports never see a gap).
 */
export async function publishDataset(
  db: Kysely<Database>,
  id: string,
  name: string,
  counts: { rows: number; rejected: number },
  at: Date,
): Promise<boolean> {
  const replaced = await db.transaction().execute(async (trx) => {
    const old = await trx
      .updateTable('source_datasets')
      .set({ status: 'replaced' })
      .where('name', '=', name)
      .where('status', '=', 'ready')
      .executeTakeFirst();
    const published = await trx
      .updateTable('source_datasets')
      .set({ status: 'ready', row_count: counts.rows, rejected_count: counts.rejected, imported_at: at })
      .where('id', '=', id)
      .where('status', '=', 'loading')
      .executeTakeFirst();
    if (published.numUpdatedRows !== 1n) {
      throw new Error(`The dataset "${name}" was removed while it was being imported; nothing was changed.`);
    }
    return old.numUpdatedRows > 0n;
  });
  if (replaced)
    await db
      .deleteFrom('source_datasets')
      .where('name', '=', name)
      .where('status', '=', 'replaced')
      .execute();
  return replaced;
}

export async function discardDataset(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('source_datasets').where('id', '=', id).where('status', '=', 'loading').execute();
}
