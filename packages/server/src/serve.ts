import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app/create-app.ts';
import type { ServerDeps } from './app/server-env.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves once accepting connections. */
export function startServer(deps: ServerDeps, host: string, port: number): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shownHost =
        host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive sockets would hold close() open for minutes.
            (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
