import { expect, it } from 'vitest';
import { demoDataDir, runCli, signInOver, startServe } from './testing/run-cli.ts';

/**
 * Done-when of the foundation: SIGKILL in the middle of writes loses no committed data and
 * leaves the data directory usable. Every organisation the server acknowledged (201) before the
 * kill must be there after a restart, and the audit chain must still verify.
 */
it('loses no acknowledged write when the server is killed with SIGKILL mid-write', async () => {
  const dataDir = await demoDataDir();
  const env = { OPENNRM_DATA_DIR: dataDir };
  const first = await startServe(env);
  const headers = await signInOver(first.url, 'admin@demo.opennrm.org', 'OpenNRM-demo-2015');
  const acknowledged: string[] = [];
  let stop = false;
  const writers = Array.from({ length: 4 }, async (_, w) => {
    for (let i = 0; !stop; i += 1) {
      const name = `Crash test ${w}-${i}`;
      try {
        const res = await fetch(`${first.url}/api/organisations`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name, type: 'ngo', address: `Street ${i}` }),
        });
        if (res.status === 201) acknowledged.push(name);
      } catch {
        return; // the server died under us: expected
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 2500));
  first.child.kill('SIGKILL');
  stop = true;
  await Promise.all(writers);
  expect(acknowledged.length).toBeGreaterThan(10);

  // The lock file of the dead process is taken over; the database opens and has every write.
  const second = await startServe(env);
  try {
    const admin = await signInOver(second.url, 'admin@demo.opennrm.org', 'OpenNRM-demo-2015');
    const res = await fetch(`${second.url}/api/organisations`, { headers: admin });
    const names = new Set(
      ((await res.json()) as { organisations: { name: string }[] }).organisations.map((o) => o.name),
    );
    expect(acknowledged.filter((n) => !names.has(n))).toEqual([]);
    const write = await fetch(`${second.url}/api/organisations`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'After the crash', type: 'ngo' }),
    });
    expect(write.status).toBe(201);
  } finally {
    await second.stop();
  }
  const verified = await runCli(['audit', 'verify'], env);
  expect(verified.stdout, verified.stderr).toContain('The audit log is intact');
});
