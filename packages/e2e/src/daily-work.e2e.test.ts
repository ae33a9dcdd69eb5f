import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import {
  type DemoUser,
  demo,
  expectAttribute,
  jsonFromPage,
  patience,
  setSavedLocale,
  signedInPage,
} from './helpers.ts';
import { collectData, languageProblems, pageTexts } from './language-scan.ts';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 860 };

/** What this Chromium prints for an Azerbaijani date without locale data: never on a page. */
const brokenDate = /\b\d{4} M\d{1,2} \d{1,2}\b/;
const mediumDate = {
  en: /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) \d{4}\b/,
  az: /\b\d{1,2} (yan|fev|mar|apr|may|iyn|iyl|avq|sen|okt|noy|dek) \d{4}\b/,
  ru: /\b\d{1,2} (янв\.|февр\.|мар\.|апр\.|мая|июн\.|июл\.|авг\.|сент\.|окт\.|нояб\.|дек\.) \d{4} г\./,
} as const;

async function choose(page: Page, locale: 'en' | 'az' | 'ru'): Promise<void> {
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
  );
  await page.getByTestId('language-switch').selectOption(locale);
  expect((await saved).status()).toBe(200);
  await expectAttribute(page.locator('html'), 'lang', locale);
}

// biome-ignore lint/performance/useDomNodeTextContent: what is rendered, as the user reads it
const bodyText = (page: Page) => page.locator('main').innerText();

describe.skipIf(!browserAvailable())('daily work in three languages, on a desktop and a phone', () => {
  let browser: Browser;
  // Nobody else's tests change the VAC's language; it is set back to English afterwards.
  const user = demo.vac;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await setSavedLocale(user.email, 'en').catch(() => undefined);
    await browser?.close();
  });

  it('home says what waits, dates read right, and Sign out is reachable at 390 px', async () => {
    const { context, page } = await signedInPage(browser, user.email);
    try {
      for (const locale of ['en', 'az', 'ru'] as const) {
        await page.setViewportSize(desktop);
        await page.goto('/');
        await choose(page, locale);
        // What waits is counted (a link per count, or a plain "nothing"), and every line of
        // "Go to" is a link: the inbox is one.
        await page.locator('[data-testid="home-today"] a, [data-testid="today-nothing"]').first().waitFor();
        const inbox = page.getByTestId('home-link-go-referrals');
        expect(await inbox.getAttribute('href')).toBe('/referrals');
        expect(await seriousViolations(page, `home (${locale}, desktop)`)).toEqual([]);

        // The inbox shows dates in the language's own form, never the broken fallback.
        await inbox.click();
        await page.waitForURL(/\/referrals$/);
        await expect.poll(async () => mediumDate[locale].test(await bodyText(page))).toBe(true);
        expect(await bodyText(page)).not.toMatch(brokenDate);

        await page.setViewportSize(phone);
        await page.goto('/');
        await page.getByTestId('home-today').waitFor();
        // Nothing is wider than the phone: the header no longer pushes Sign out off screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          phone.width,
        );
        expect(await seriousViolations(page, `home (${locale}, 390 px)`)).toEqual([]);
        await page
          .getByRole('banner')
          .getByRole('button', { name: /navigation|naviqasiya|навигац/i })
          .click();
        await page.getByTestId('mobile-sign-out').waitFor();
        expect(await seriousViolations(page, `menu (${locale}, 390 px)`)).toEqual([]);
      }
      await page.getByTestId('mobile-sign-out').click();
      await page.waitForURL(/\/sign-in/);
    } finally {
      await context.close();
    }
  });
});

/**
 * Every page, read in Azerbaijani at a desktop's width and in Russian at a phone's, each by a role
 * that opens it: no English left, no broken date, no serious axe violation. A route is visited
 * once per language; the first record of a list opens too, for its detail page.
 */
const routesByRole: { user: DemoUser; routes: string[] }[] = [
  {
    user: demo.caseWorker,
    routes: ['/persons', 'first:/persons/', '/persons/new', '/referrals', 'first:/referrals/'],
  },
  { user: demo.caseWorker, routes: ['/', '/prevention', '/statistics', '/account'] },
  { user: demo.investigator, routes: ['/cases', 'first:/cases/', '/alerts', 'first:/alerts/'] },
  {
    user: demo.coordinator,
    routes: ['/action-plan', '/funding', '/recommendations', '/statistics/releases', '/country-report'],
  },
  {
    user: demo.admin,
    routes: [
      '/organisations',
      'first:/organisations/',
      '/organisations/new',
      '/users',
      'first:/users/',
      '/users/new',
    ],
  },
  {
    user: demo.admin,
    routes: [
      '/settings/identification',
      '/settings/referrals',
      '/settings/statistics',
      '/settings/indicator-lists',
      '/settings/history',
    ],
  },
  { user: demo.auditor, routes: ['/audit'] },
  { user: demo.hotline, routes: ['/hotline'] },
  { user: demo.shelter, routes: ['/shelters', 'first:/shelters/'] },
];

/** Opens a route (or the first record linked from the page shown) and waits for its content. */
async function open(page: Page, route: string): Promise<string | null> {
  let path = route;
  if (route.startsWith('first:')) {
    const prefix = route.slice('first:'.length);
    const hrefs = await page
      .locator(`main a[href^="${prefix}"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    path = hrefs.find((href) => /^\/[a-z-]+\/[0-9a-f-]{36}/.test(href)) ?? '';
    // An empty list has no record to open (the investigator may have no alert): nothing to read.
    if (!path) return null;
  }
  await page.goto(path);
  await page.locator('main :is(h1, h2)').first().waitFor();
  await expect
    .poll(() => page.locator('.mantine-Loader-root:visible').count(), {
      timeout: patience,
      message: `${path} loads`,
    })
    .toBe(0);
  return path;
}

/**
 * At 390 px nothing is wider than the screen, and every list table shows its rows as cards:
 * a row is a block, not a table row, and its cells say their column's name.
 */
async function phoneLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.scrollingElement?.scrollWidth ?? 0;
    if (width > 390) problems.push(`wider than the phone: ${width} px`);
    for (const region of document.querySelectorAll('.table-scroll[data-layout="cards"]')) {
      const row = region.querySelector('tbody tr:has(td)');
      if (!row) continue;
      const name = region.getAttribute('aria-label');
      if (getComputedStyle(row).display !== 'block') problems.push(`${name}: rows are not cards`);
      if (!row.querySelector('td[data-label]')) problems.push(`${name}: card cells are not named`);
    }
    return problems;
  });
}

/** Names that are data, not interface: organisations and people. */
async function dataNames(page: Page): Promise<string[]> {
  const [{ organisations }, { users }] = await Promise.all([
    jsonFromPage<{ organisations: { name: string }[] }>(page, '/api/organisations'),
    jsonFromPage<{ users: { displayName: string }[] }>(page, '/api/users'),
  ]);
  return [
    ...organisations.map((o) => o.name),
    ...users.map((u) => u.displayName),
    ...Object.values(demo).flatMap((u) => [u.name, u.organisation]),
  ];
}

describe.skipIf(!browserAvailable())('every page in Azerbaijani and Russian', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const { user } of routesByRole) await setSavedLocale(user.email, 'en').catch(() => undefined);
    await browser?.close();
  });

  it.each(routesByRole)(
    '$user.email: no English, no broken date, axe clean (az desktop, ru 390 px: cards, no overflow)',
    async ({ user, routes }) => {
      const { context, page } = await signedInPage(browser, user.email);
      try {
        const names = await dataNames(page);
        const data = collectData(page);
        const found: Record<string, string[]> = {};
        for (const [locale, size] of [
          ['az', desktop],
          ['ru', phone],
        ] as const) {
          await page.setViewportSize(desktop);
          await page.goto('/');
          await choose(page, locale);
          await page.setViewportSize(size);
          for (const route of routes) {
            const path = await open(page, route);
            if (path === null) continue;
            const { texts, identifiers } = await pageTexts(page);
            const problems = [
              ...languageProblems(texts, locale, [...names, ...identifiers, ...(await data.strings())]),
              ...(await seriousViolations(page, `${path} (${locale})`)),
              ...(size === phone ? await phoneLayoutProblems(page) : []),
            ];
            if (problems.length > 0) found[`${path} (${locale})`] = problems;
          }
        }
        expect(found).toEqual({});
      } finally {
        await context.close();
      }
    },
  );
});
