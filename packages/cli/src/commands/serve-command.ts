import { escalateOverdueReferrals } from '@opennrm/core';
import { createSmtpMailer, startMailDispatch, startServer } from '@opennrm/server';
import { scheduleAuditCheckpoints } from '../audit/schedule-audit-checkpoints.ts';
import { demoPassword, demoUsers } from '../demo/demo-country.ts';
import { startControlSocket } from '../runtime/control-socket.ts';
import { prepareFirstStart } from '../runtime/first-start.ts';
import { openRuntime } from '../runtime/open-runtime.ts';

/** `opennrm serve`: migrate, prepare a first start, listen, and stop cleanly on a signal. */
export async function serveCommand(): Promise<void> {
  const started = Date.now();
  const runtime = await openRuntime();
  let server: Awaited<ReturnType<typeof startServer>>;
  let control: Awaited<ReturnType<typeof startControlSocket>> | null = null;
  try {
    const first = await prepareFirstStart(runtime.deps, runtime.config);
    server = await startServer(runtime.deps, runtime.config.host, runtime.config.port);
    // Every five minutes: referrals past their deadline are escalated (notifications, audit).
    const escalation = setInterval(() => {
      escalateOverdueReferrals(runtime.deps).catch((e: Error) =>
        console.error('Escalation failed:', e.message),
      );
    }, 300_000);
    escalation.unref();
    if (runtime.config.smtpUrl) {
      const mailer = createSmtpMailer(runtime.config.smtpUrl, runtime.config.mailFrom);
      startMailDispatch(runtime.deps, mailer, runtime.config.publicUrl ?? server.url);
      console.log('E-mail notifications are sent through the configured SMTP server.');
    }
    scheduleAuditCheckpoints(runtime);
    // The embedded database is open here only: `opennrm backup` asks this process for a snapshot.
    if (runtime.kind === 'pglite')
      control = await startControlSocket(runtime.connection, runtime.config.dataDir);
    const where = runtime.kind === 'pglite' ? `embedded database in ${runtime.config.dataDir}` : 'PostgreSQL';
    console.log(
      `OpenNRM ${runtime.deps.version} is running on ${where} (ready in ${Date.now() - started} ms).`,
    );
    if (!runtime.deps.webRoot)
      console.log('The web app is not built: run `npm run build` to get the user interface.');
    if (first === 'demo' || first === 'existing') printDemoHint(first);
    if (first === 'admin') console.log(`Sign in as ${runtime.config.adminEmail} with the password you set.`);
    // Last, so whoever waits for this line (people, tests) has everything above it.
    console.log(`Open ${server.url} in your browser.`);
  } catch (error) {
    await control?.close();
    await runtime.close();
    throw error;
  }
  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    await server.close();
    await control?.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function printDemoHint(first: 'demo' | 'existing'): void {
  if (first === 'demo')
    console.log('Loaded the demo country (2015 Azerbaijan). Demo sign-in, one user per role:');
  else console.log('Demo sign-in, if the demo country is loaded:');
  for (const user of demoUsers) console.log(`  ${user.email.padEnd(32)} ${user.roles.join(', ')}`);
  console.log(`  password for all: ${demoPassword}`);
}
