import { randomUUID } from 'node:crypto';
import { connect } from '../connect.ts';

/**
 * Child process for the crash test: opens the data directory given as argv[2] and inserts
 * organisations one committed transaction at a time, printing each name after its commit,
 * until it is killed.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer.ts DATA_DIR');
const { db } = await connect({ dataDir });
process.stdout.write('ready\n');
for (let i = 1; ; i += 1) {
  const now = new Date();
  const name = `crash ${i}`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values({
        id: randomUUID(),
        name,
        type: 'ngo',
        region: null,
        parent_id: null,
        active: true,
        address_sealed: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  });
  process.stdout.write(`${name}\n`);
}
