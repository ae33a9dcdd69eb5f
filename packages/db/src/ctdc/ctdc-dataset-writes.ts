import type { CtdcRecord } from '@opennrm/core';
import type { CopyInto, Database } from '@opennrm/db';
import type { Kysely } from 'kysely';

/** Where an import writes: a database and its COPY (the CLI runtime and test databases have both). */
export interface CtdcImportTarget {
  db: Kysely<Database>;
  copyInto: CopyInto;
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
