import pg from 'pg';
import { inject } from 'vitest';
import './provided-context.ts';

export interface FreshPostgresDatabase {
  /** Connection string, as an operator puts it in DATABASE_URL. */
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty (unmigrated) database on the throwaway PostgreSQL of the int project, for tests that
 * give DATABASE_URL to a process they spawn; null when PostgreSQL is not installed here.
 */
export async function freshPostgresDatabase(): Promise<FreshPostgresDatabase | null> {
  const server = inject('opennrmTestDatabases')?.postgres;
  if (!server) return null;
  const name = `opennrm_cli_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onServer(server.url, (client) => client.query(`create database ${name}`));
  return {
    url: `${server.url}/${name}`,
    // The processes that used it have exited; force ends any connection a killed one left.
    drop: () =>
      onServer(server.url, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

async function onServer(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: `${url}/postgres` });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
