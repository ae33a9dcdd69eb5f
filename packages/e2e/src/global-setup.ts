import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestProvider } from '@opennrm/testing';
import type { TestProject } from 'vitest/node';

export const chromiumPath = process.env.OPENNRM_CHROMIUM ?? '/usr/bin/chromium';
const root = new URL('../../../', import.meta.url).pathname;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserAvailable: boolean;
  }
}

/**
 * Starts the real server the way `npm start` does (CLI, fresh embedded database, demo data) on
 * a free port for the browser tests, and stops it afterwards. Without Chromium the browser tests
 * are skipped loudly, or fail when OPENNRM_REQUIRE_ALL=1.
 */
export default async function setup(project: TestProject) {
  const hasBrowser = existsSync(chromiumPath);
  const hasWeb = existsSync(join(root, 'packages/web/dist/index.html'));
  if (!hasBrowser || !hasWeb) {
    const why = !hasBrowser
      ? `browser tests: Chromium not found at ${chromiumPath} (install with: apt-get install -y --no-install-recommends chromium)`
      : 'browser tests: the web app is not built (run npm run build; npm test does it)';
    if (process.env.OPENNRM_REQUIRE_ALL === '1')
      throw new Error(`OPENNRM_REQUIRE_ALL=1 but cannot run ${why}`);
    console.warn(`\n*** SKIPPED: ${why} ***\n`);
    if (process.env.OPENNRM_SKIP_FILE) appendFileSync(process.env.OPENNRM_SKIP_FILE, `${why}\n`);
    project.provide('browserAvailable', false);
    project.provide('baseUrl', '');
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'opennrm-e2e-'));
  const port = await freePort();
  // The identity provider the sign-in page offers (single-sign-on.e2e.test.ts signs in through it).
  const provider = await startTestProvider({
    redirectUri: `http://127.0.0.1:${port}/api/auth/oidc/callback`,
    postLogoutRedirectUri: `http://127.0.0.1:${port}/sign-in`,
    accounts: {
      leyla: {
        claims: { email: 'coordinator@demo.opennrm.org', email_verified: true, name: 'Leyla Mammadova' },
      },
    },
  });
  // One process (node --import tsx), as npm start runs it: stopping it stops the server.
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'packages/cli/src/bin.ts'), 'serve'],
    {
      cwd: root,
      env: {
        ...process.env,
        OPENNRM_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        OPENNRM_OIDC_ISSUER: provider.issuer,
        OPENNRM_OIDC_CLIENT_ID: provider.clientId,
        OPENNRM_OIDC_CLIENT_SECRET: provider.clientSecret,
        OPENNRM_OIDC_NAME: 'Test ID',
        OPENNRM_OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/api/auth/oidc/callback`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const baseUrl = await waitForStart(server);
  project.provide('browserAvailable', true);
  project.provide('baseUrl', baseUrl);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
    await provider.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function waitForStart(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Open (http:\/\/\S+) in your browser/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
