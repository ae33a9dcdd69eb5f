import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.OPENNRM_NGINX ?? '/usr/sbin/nginx';
const installHint = 'apt-get install -y --no-install-recommends nginx';
const siteFile = new URL('../../../../docs/operations/nginx/opennrm.conf', import.meta.url);

/**
 * Whether Debian's nginx is here. Without it the proxy tests are skipped loudly, and listed
 * again in npm test's closing summary; with OPENNRM_REQUIRE_ALL=1 (CI) that is an error.
 */
export function nginxAvailable(): boolean {
  if (existsSync(nginxPath)) return true;
  const why = `reverse proxy tests: nginx not found at ${nginxPath} (install with: ${installHint})`;
  if (process.env.OPENNRM_REQUIRE_ALL === '1') throw new Error(`OPENNRM_REQUIRE_ALL=1 but cannot run ${why}`);
  const line = '*'.repeat(100);
  console.warn(`\n${line}\n* SKIPPED: ${why}\n${line}\n`);
  if (process.env.OPENNRM_SKIP_FILE) appendFileSync(process.env.OPENNRM_SKIP_FILE, `${why}\n`);
  return false;
}

export interface RunningNginx {
  httpsUrl: string;
  httpUrl: string;
  /** The self-signed certificate, for the client to verify. */
  certificate: string;
  accessLog(): string;
  stop(): Promise<void>;
}

/**
 * Runs docs/operations/nginx/opennrm.conf, as documented, in front of `upstreamPort`: with its
 * own ports on 127.0.0.1, a self-signed certificate made now by openssl, and every path (pid,
 * logs, temporary files) in a temporary directory, as the current user, no system config.
 */
export async function startNginx(upstreamPort: number): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'opennrm-nginx-'));
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
      ...['-subj', '/CN=opennrm.test', '-addext', 'subjectAltName=IP:127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  writeFileSync(
    join(dir, 'opennrm.conf'),
    adaptSite(readFileSync(siteFile, 'utf8'), dir, { httpsPort, httpPort, upstreamPort }),
  );
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;' : ''}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  types { text/html html; application/javascript js; text/css css; application/json json; }
  default_type application/octet-stream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/opennrm.conf;
}
`,
  );
  const nginx = spawn(nginxPath, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await waitForPort(httpsPort, nginx, () => `${stderr}${readIfThere(join(dir, 'error.log'))}`);
  return {
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    certificate: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    accessLog: () => readIfThere(join(dir, 'access.log')),
    stop: async () => {
      if (nginx.exitCode === null) {
        const exited = new Promise((done) => nginx.once('exit', done));
        nginx.kill('SIGQUIT'); // graceful: workers finish, the master removes its pid file
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The documented site with the test's ports, certificate and log; each change must apply. */
function adaptSite(
  site: string,
  dir: string,
  ports: { httpsPort: number; httpPort: number; upstreamPort: number },
) {
  const changes: [RegExp, string][] = [
    [/^\s*listen \[::\]:\d+.*$/gm, ''],
    [/listen 443 ssl http2;/, `listen 127.0.0.1:${ports.httpsPort} ssl http2;`],
    [/listen 80;/, `listen 127.0.0.1:${ports.httpPort};`],
    [/server 127\.0\.0\.1:8080;/, `server 127.0.0.1:${ports.upstreamPort};`],
    [/ssl_certificate\s+\S+;/, `ssl_certificate ${dir}/cert.pem;`],
    [/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${dir}/key.pem;`],
    [/access_log \S+ opennrm;/, `access_log ${dir}/access.log opennrm;`],
  ];
  return changes.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`docs/operations/nginx/opennrm.conf no longer has ${pattern}`);
    pattern.lastIndex = 0;
    return text.replace(pattern, replacement);
  }, site);
}

function readIfThere(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, process: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`nginx exited with ${process.exitCode}:\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(socket.end() !== null));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port} in 15 s:\n${output()}`);
}
