import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app/server-env.ts';

/**
 * Serves the built single-page app: hashed assets cached for a year, every other non-API path
 * answered with index.html so client-side routes survive a reload.
 */
export function serveWeb(app: OpenAPIHono<AppEnv>, root: string): void {
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    app.get('*', (c) =>
      c.text('The web app is not built. Run `npm run build` (npm start does it for you).', 503),
    );
    return;
  }
  // Re-read when the file changes, so rebuilding the web app needs no server restart.
  let index = readFileSync(indexPath, 'utf8');
  let indexTime = statSync(indexPath).mtimeMs;
  const currentIndex = () => {
    const time = statSync(indexPath, { throwIfNoEntry: false })?.mtimeMs;
    if (time !== undefined && time !== indexTime) {
      index = readFileSync(indexPath, 'utf8');
      indexTime = time;
    }
    return index;
  };
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root, precompressed: true }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(currentIndex());
  });
}
