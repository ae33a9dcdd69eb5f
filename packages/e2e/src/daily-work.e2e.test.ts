import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectAttribute, setSavedLocale, signedInPage } from './helpers.ts';

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
