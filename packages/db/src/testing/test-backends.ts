import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { connect } from '../connect.ts';
import './provided-context.ts';
import type { TestDatabase } from './test-database.ts';

export type BackendName = 'pglite' | 'postgres';

export interface TestBackend {
  name: BackendName;
  /** A fresh, migrated, isolated database; close() throws it away. */
  open(): Promise<TestDatabase>;
}

/** The backends of this test run: PGlite always, PostgreSQL when global-setup started one. */
export function testBackends(): TestBackend[] {
  const info = inject('opennrmTestDatabases');
  if (!info) throw new Error('No test databases: run database tests in the vitest project "int".');
  const backends: TestBackend[] = [{ name: 'pglite', open: () => openPglite(info.pgliteTemplate) }];
  const postgres = info.postgres;
  if (postgres)
    backends.push({ name: 'postgres', open: () => openPostgres(postgres.url, postgres.template) });
  return backends;
}

let templateBlob: Promise<Blob> | undefined;

async function openPglite(templatePath: string): Promise<TestDatabase> {
  templateBlob ??= readFile(templatePath).then((bytes) => new Blob([bytes]));
  const connection = await connect({ loadDataDir: await templateBlob });
  return { db: connection.db, kind: 'pglite', close: connection.close, copyInto: connection.copyInto };
}

let counter = 0;

async function openPostgres(url: string, template: string): Promise<TestDatabase> {
  counter += 1;
  const name = `opennrm_test_${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(url, async (client) => {
    // Two workers copying the template at the same instant can collide; a retry settles it.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(`create database ${name} template ${template}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  const connection = await connect({ databaseUrl: `${url}/${name}`, poolSize: 5 });
  return {
    db: connection.db,
    kind: 'postgres',
    copyInto: connection.copyInto,
    close: async () => {
      await connection.close();
      await admin(url, (client) => dropDatabase(client, name));
    },
  };
}

/**
 * pg's pool.end() resolves before the server has seen its clients leave; a forced drop right
 * away would kill those backends and make the closed pool report an error. Wait for them first.
 */
async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    try {
      await client.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
  await client.query(`drop database if exists ${name} with (force)`);
}

async function admin(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: `${url}/postgres` });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
