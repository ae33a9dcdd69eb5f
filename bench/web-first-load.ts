/**
 * Time to interactive of the web app's first load, in Chromium: the sign-in page, and the home
 * page of a signed-in case worker, each opened in a fresh browser context (empty cache, as a
 * first visit), from the production build served by the server as `opennrm serve` serves it
 * (compression, cache headers). Baseline: a bare static HTML page (a heading and a button)
 * served by the same server, the same way. Figures are medians of the runs, from navigation start:
 * DOMContentLoaded, load, first contentful paint, and "usable": the first frame, after the first
 * contentful paint, in which the main heading and the page's main control are there and nothing
 * is loading (the sign-in button; for home: the signed-in header and the day's work drawn).
 * The server hands out the assets' build-time brotli files and gzips the page and the API's
 * answers, so the bytes transferred are what a browser downloads; on loopback they cost little time.
 * Run: `npm run build`, then `npx tsx bench/web-first-load.ts [runs]` (PGlite, demo country);
 * `--smoke` for one run. Chromium: OPENNRM_CHROMIUM or /usr/bin/chromium.
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDemo } from '@opennrm/cli';
import { startServer } from '@opennrm/server';
import { type Browser, chromium } from 'playwright-core';
import { openRuntime } from '../packages/cli/src/runtime/open-runtime.ts';
import { seedDataDir, sizeArg } from './smoke.ts';

const runs = sizeArg(0, 7, 1);
const chromiumPath = process.env.OPENNRM_CHROMIUM ?? '/usr/bin/chromium';
const webDist = fileURLToPath(new URL('../packages/web/dist/index.html', import.meta.url));
if (!existsSync(webDist)) throw new Error('the web app is not built: run npm run build first');
if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}`);

interface Figures {
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number;
  usable: number;
  transferKb: number;
}

/** When a page is usable: every `shown` selector matches and no `absent` one does. */
interface Ready {
  shown: string[];
  absent: string[];
}

/** One cold load of `path`, polled until `ready` holds (a function: the app's CSP forbids eval). */
async function loadOnce(
  browser: Browser,
  baseURL: string,
  path: string,
  ready: Ready,
  cookie?: { name: string; value: string },
): Promise<Figures> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 860 } });
  try {
    if (cookie) await context.addCookies([{ ...cookie, url: baseURL }]);
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'commit' });
    // Polled at each animation frame: the moment the page can be used, on the page's own clock.
    const usable = (await (
      await page.waitForFunction(
        ({ shown, absent }) =>
          performance.getEntriesByName('first-contentful-paint').length > 0 &&
          shown.every((s) => document.querySelector(s)) &&
          !absent.some((s) => document.querySelector(s))
            ? performance.now()
            : false,
        ready,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    await page.waitForLoadState('load');
    // The first contentful paint may be reported after load: wait for its entry (buffered).
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          new PerformanceObserver(() => done()).observe({ type: 'paint', buffered: true });
          setTimeout(done, 5000);
        }),
    );
    return await page.evaluate((usableAt) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const bytes = resources.reduce((sum, r) => sum + r.transferSize, nav.transferSize);
      return {
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        firstContentfulPaint: paint?.startTime ?? Number.NaN,
        usable: usableAt,
        transferKb: bytes / 1000,
      };
    }, usable);
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function measure(load: () => Promise<Figures>): Promise<Figures> {
  const all: Figures[] = [];
  for (let i = 0; i < runs; i++) all.push(await load());
  const pick = (key: keyof Figures) => median(all.map((f) => f[key]));
  return {
    domContentLoaded: pick('domContentLoaded'),
    load: pick('load'),
    firstContentfulPaint: pick('firstContentfulPaint'),
    usable: pick('usable'),
    transferKb: pick('transferKb'),
  };
}

const show = (name: string, f: Figures) =>
  `${name}: DOMContentLoaded ${f.domContentLoaded.toFixed(0)} ms, load ${f.load.toFixed(0)} ms, ` +
  `first contentful paint ${f.firstContentfulPaint.toFixed(0)} ms, usable ${f.usable.toFixed(0)} ms, ` +
  `${f.transferKb.toFixed(0)} kB transferred`;

const dataDir = mkdtempSync(join(tmpdir(), 'opennrm-bench-'));
const bareRoot = mkdtempSync(join(tmpdir(), 'opennrm-bench-bare-'));
process.env.OPENNRM_DATA_DIR = dataDir;
await seedDataDir(dataDir);
const runtime = await openRuntime();
await loadDemo(runtime.deps);
const app = await startServer(runtime.deps, '127.0.0.1', 0);
// The baseline: the same server (compression, headers), serving one bare page instead of the app.
writeFileSync(
  join(bareRoot, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>' +
    '<body><main><h1>Sign in</h1><form><label>Email <input name="email"></label>' +
    '<button type="submit">Sign in</button></form></main></body></html>',
);
const bare = await startServer({ ...runtime.deps, webRoot: bareRoot }, '127.0.0.1', 0);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const signIn = await fetch(`${app.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'caseworker@demo.opennrm.org', password: 'OpenNRM-demo-2015' }),
  });
  if (signIn.status !== 200) throw new Error(`demo sign-in failed: ${signIn.status}`);
  const [name = '', value = ''] = (signIn.headers.get('set-cookie')?.split(';')[0] ?? '').split('=');
  const formReady: Ready = { shown: ['main h1', 'form button[type=submit]:not([disabled])'], absent: [] };
  const homeReady: Ready = {
    shown: ['main h1', '[data-testid="current-user-name"]'],
    absent: ['main .mantine-Loader-root'],
  };

  // One unmeasured load each first: the server's and Chromium's own warm-up are not the page's.
  await loadOnce(browser, bare.url, '/', formReady);
  await loadOnce(browser, app.url, '/sign-in', formReady);
  const baseline = await measure(() => loadOnce(browser, bare.url, '/', formReady));
  const signInPage = await measure(() => loadOnce(browser, app.url, '/sign-in', formReady));
  const home = await measure(() => loadOnce(browser, app.url, '/', homeReady, { name, value }));

  console.log(`first load in Chromium, cold cache, median of ${runs} run(s), from navigation start:`);
  console.log(show('bare static HTML page (same server)', baseline));
  console.log(show('sign-in page', signInPage));
  console.log(show('home page, signed in (case worker)', home));
  console.log(`ratio sign-in usable / bare usable: ${(signInPage.usable / baseline.usable).toFixed(1)}x`);
  console.log(`ratio home usable / bare usable: ${(home.usable / baseline.usable).toFixed(1)}x`);
} finally {
  await browser.close();
  await bare.close();
  await app.close();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(bareRoot, { recursive: true, force: true });
}
