import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { freshPostgresDatabase } from '@opennrm/db/testing';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { describe, expect, inject, it } from 'vitest';
import { demoPassword } from './demo/demo-country.ts';
import { freshDataDir, type RunningCli, runCli, signInOver, startServe } from './testing/run-cli.ts';

/**
 * Three `opennrm serve` processes on one PostgreSQL database: each e-mail and each escalation
 * goes out once, also when the process in the middle of sending is killed (SIGKILL: no
 * clean-up); sessions are shared. The SMTP server holds the first message unanswered, so the
 * kill lands mid-job by construction, not by timing.
 */
const postgresInstalled = inject('opennrmTestDatabases')?.postgres != null;

describe.skipIf(!postgresInstalled)('background work across three server processes', () => {
  it('delivers each e-mail and escalation once when the process running the job is killed', async () => {
    const database = await freshPostgresDatabase();
    if (!database) throw new Error('no PostgreSQL');
    const accepted: string[] = [];
    let holdFirst: (() => void) | null = null;
    let firstHeld = false;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString();
        });
        stream.on('end', () => {
          if (!firstHeld) {
            firstHeld = true;
            holdFirst?.();
            return; // never answered: the sender is stuck mid-job until it is killed
          }
          accepted.push(`${session.envelope.rcptTo.map((r) => r.address).join(',')}\n${data}`);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const key = () => randomBytes(32).toString('base64');
    const env = {
      DATABASE_URL: database.url,
      OPENNRM_DATA_DIR: freshDataDir(),
      OPENNRM_DATA_KEY: `k1:${key()}`,
      OPENNRM_LOOKUP_KEY: key(),
      OPENNRM_AUDIT_KEY: key(),
      OPENNRM_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      OPENNRM_JOB_POLL_MS: '200',
      OPENNRM_MAIL_INTERVAL_SECONDS: '3600',
      OPENNRM_ESCALATION_INTERVAL_SECONDS: '3600',
    };
    const client = new pg.Client({ connectionString: database.url });
    const servers: RunningCli[] = [];
    try {
      expect((await runCli(['demo'], env)).code).toBe(0);
      await client.connect();
      // Referrals still waiting, made overdue yesterday: the escalation has work.
      const overdue = await client.query(
        `update referrals set respond_by = now() - interval '1 day' where status = 'sent' returning id`,
      );
      expect(overdue.rowCount).toBeGreaterThan(0);

      const held = new Promise<void>((resolve) => {
        holdFirst = resolve;
      });
      servers.push(...(await Promise.all([startServe(env), startServe(env), startServe(env)])));
      await until(
        async () => firstHeld,
        () => servers.map((s) => s.output()).join('\n----\n'),
      );
      await held;
      const running = servers.filter((s) =>
        s
          .output()
          .split('\n')
          .some((line) => line.includes('"event":"job.started"') && line.includes('"kind":"email-dispatch"')),
      );
      expect(running).toHaveLength(1);
      const [victim] = running;
      if (!victim) throw new Error('no process runs the e-mail job');
      expect(await victim.stop('SIGKILL')).toBe(null);
      const survivors = servers.filter((s) => s !== victim);

      // Sessions live in the database: signed in on one process, known to the other.
      const [a, b] = survivors as [RunningCli, RunningCli];
      const headers = await signInOver(a.url, 'coordinator@demo.opennrm.org', demoPassword);
      expect((await fetch(`${b.url}/api/me`, { headers })).status).toBe(200);

      const job = async (kind: string) =>
        (
          await client.query<{ run_count: number; last_runner: string | null }>(
            'select run_count::int, last_runner from scheduled_jobs where kind = $1',
            [kind],
          )
        ).rows[0];
      await until(async () => (await job('email-dispatch'))?.run_count === 1);
      expect((await job('email-dispatch'))?.last_runner).not.toContain(`:${victim.child.pid}`);
      expect((await job('referral-escalation'))?.run_count).toBe(1);

      // Every notification, to each language of its organisation's active users, exactly once.
      const expected = await client.query<{ n: number }>(
        `select count(*)::int as n from notifications n
           join lateral (select distinct locale from users u
                          where u.organisation_id = n.organisation_id and u.active) l on true`,
      );
      expect(accepted.length).toBe(expected.rows[0]?.n);
      expect(new Set(accepted).size).toBe(accepted.length);
      const escalated = await client.query<{ referrals: number; events: number }>(
        `select (select count(*)::int from referrals where escalated_at is not null) as referrals,
                (select count(*)::int from audit_events where action = 'referral.escalated') as events`,
      );
      expect(escalated.rows[0]).toEqual({ referrals: overdue.rowCount, events: overdue.rowCount });
    } finally {
      // SIGKILL: a survivor stopping cleanly would wait for a held SMTP answer if the test failed.
      await Promise.all(servers.map((s) => s.stop('SIGKILL')));
      await client.end();
      smtp.close();
      await database.drop();
    }
  }, 60_000);
});

/** Waits for a condition the servers bring about (no fixed sleep: it returns as soon as it holds). */
async function until(
  condition: () => Promise<boolean>,
  explain: () => string = () => '',
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not reached\n${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
