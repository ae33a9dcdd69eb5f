import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../connect.ts';
import { migrate } from '../migrate.ts';
import {
  type PostgresServer,
  postgresAvailable,
  postgresInstallHint,
  startPostgresServer,
} from './postgres-server.ts';
import type { TestDatabasesInfo } from './provided-context.ts';

const templateDatabase = 'opennrm_template';

/**
 * vitest globalSetup of the `int` project. Migrates ONE PGlite template (workers load it in
 * memory in under a second, instead of running initdb and every migration per test file) and
 * starts a throwaway PostgreSQL 15 with a migrated template database, so every database test
 * runs on both backends.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const templatePath = join(tmpdir(), `opennrm-pglite-template-${process.pid}.tar`);
  const template = await connect({ memory: true });
  try {
    await migrate(template.db);
    const dump = await template.dumpDataDir!();
    writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await template.close();
  }

  let server: PostgresServer | null = null;
  if (postgresAvailable()) {
    server = await startPostgresServer();
    await createTemplateDatabase(server.url);
  } else if (process.env.OPENNRM_REQUIRE_ALL === '1') {
    rmSync(templatePath, { force: true });
    throw new Error(
      `PostgreSQL 15 is required (OPENNRM_REQUIRE_ALL=1) but not installed: ${postgresInstallHint}`,
    );
  } else {
    const line = '*'.repeat(100);
    const why = `PostgreSQL 15 tests (install with: ${postgresInstallHint})`;
    console.warn(`\n${line}\n* SKIPPED: ${why}\n${line}\n`);
    // npm test lists every skipped suite again in its closing summary.
    if (process.env.OPENNRM_SKIP_FILE) appendFileSync(process.env.OPENNRM_SKIP_FILE, `${why}\n`);
  }

  const info: TestDatabasesInfo = {
    pgliteTemplate: templatePath,
    postgres: server ? { url: server.url, template: templateDatabase } : null,
  };
  project.provide('opennrmTestDatabases', info);

  return async () => {
    server?.stop();
    rmSync(templatePath, { force: true });
  };
}

async function createTemplateDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${url}/postgres` });
  await admin.connect();
  try {
    await admin.query(`create database ${templateDatabase}`);
  } finally {
    await admin.end();
  }
  const template = await connect({ databaseUrl: `${url}/${templateDatabase}`, poolSize: 1 });
  try {
    await migrate(template.db);
  } finally {
    // No connection may stay open: CREATE DATABASE ... TEMPLATE refuses a template in use.
    await template.close();
  }
}
