import { startServer } from '@opennrm/server';
import { demoPassword, demoUsers } from '../demo/demo-country.ts';
import { startBackgroundJobs } from '../runtime/background-jobs.ts';
import { startControlSocket } from '../runtime/control-socket.ts';
import { prepareFirstStart } from '../runtime/first-start.ts';
import { openRuntime } from '../runtime/open-runtime.ts';

/** `opennrm serve`: migrate, prepare a first start, listen, and stop cleanly on a signal. */
export async function serveCommand(): Promise<void> {
  const started = Date.now();
  const runtime = await openRuntime({ serving: true });
  let server: Awaited<ReturnType<typeof startServer>>;
  let control: Awaited<ReturnType<typeof startControlSocket>> | null = null;
  let jobs: Awaited<ReturnType<typeof startBackgroundJobs>> | null = null;
  try {
    const first = await prepareFirstStart(runtime.deps, runtime.config);
    server = await startServer(runtime.deps, runtime.config.host, runtime.config.port);
    // Escalation, e-mail and checkpoints: once per due time across every process on the database.
    jobs = await startBackgroundJobs(runtime, runtime.config.publicUrl ?? server.url);
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
    await jobs?.stop();
    await control?.close();
    await runtime.close();
    throw error;
  }
  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    await server.close();
    await jobs?.stop();
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
