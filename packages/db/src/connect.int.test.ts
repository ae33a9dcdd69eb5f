import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { connect } from './connect.ts';
import { migrate } from './migrate.ts';

describe('connect (embedded PGlite data directory)', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'opennrm-connect-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('locks the data directory: a second open fails clearly, and works again after close', async () => {
    const first = await connect({ dataDir });
    try {
      expect(readFileSync(join(dataDir, 'opennrm.lock'), 'utf8').trim()).toBe(String(process.pid));
      await expect(connect({ dataDir })).rejects.toThrow(
        `The data directory ${dataDir} is in use by process ${process.pid}; stop it or set OPENNRM_DATA_DIR`,
      );
      await migrate(first.db);
    } finally {
      await first.close();
    }
    const second = await connect({ dataDir });
    const version = await second.db.selectFrom('opennrm_migrations').select('version').execute();
    expect(version.length).toBeGreaterThan(0);
    await second.close();
  });

  it('takes over a stale lock left by a dead process', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = dead.pid!;
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(join(dataDir, 'opennrm.lock'), `${deadPid}\n`);
    const connection = await connect({ dataDir });
    expect(readFileSync(join(dataDir, 'opennrm.lock'), 'utf8').trim()).toBe(String(process.pid));
    await connection.close();
  });

  it('survives SIGKILL: committed rows are there and the database is usable', async () => {
    const setup = await connect({ dataDir });
    await migrate(setup.db);
    await setup.close();

    const writer = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url)), dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    writer.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const committed: string[] = [];
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      writer.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) if (line.startsWith('crash ')) committed.push(line);
        if (committed.length >= 30) {
          writer.kill('SIGKILL');
          resolve();
        }
      });
      writer.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((resolve) => writer.on('exit', resolve));

    const reopened = await connect({ dataDir });
    try {
      const rows = await reopened.db.selectFrom('organisations').select('name').execute();
      const names = new Set(rows.map((row) => row.name));
      for (const name of committed) expect(names.has(name)).toBe(true);
      await reopened.db
        .insertInto('organisations')
        .values({
          id: crypto.randomUUID(),
          name: 'after the crash',
          type: 'ngo',
          region: null,
          parent_id: null,
          active: true,
          address_sealed: null,
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute();
      expect(await migrate(reopened.db)).toMatchObject({ applied: [] });
    } finally {
      await reopened.close();
    }
  });
});

// The int project's throwaway PostgreSQL 15 (absent only where its binaries are not installed).
const postgres = inject('opennrmTestDatabases').postgres;
if (postgres)
  describe('connect (PostgreSQL pool)', () => {
    it('tells the caller of an idle connection that lost its server, and the next query works', async () => {
      const url = `${postgres.url}/postgres`;
      const lost: Error[] = [];
      const handle = await connect({ databaseUrl: url, poolSize: 1, onIdleError: (e) => lost.push(e) });
      try {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
        await admin.end();
        await vi.waitFor(() => expect(lost).toHaveLength(1));
        const again = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
        expect(again.rows).toEqual([{ one: 1 }]);
      } finally {
        await handle.close();
      }
    });
  });
