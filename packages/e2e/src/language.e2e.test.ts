import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectAttribute, expectText, setSavedLocale, signedInPage } from './helpers.ts';

describe.skipIf(!browserAvailable())('interface language', () => {
  let browser: Browser;
  // Nobody else's tests use the investigator's language; it is set back to English afterwards.
  const user = demo.investigator;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await setSavedLocale(user.email, 'en').catch(() => undefined);
    await browser?.close();
  });

  async function choose(page: Page, locale: 'en' | 'az' | 'ru'): Promise<void> {
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
    );
    await page.getByTestId('language-switch').selectOption(locale);
    expect((await saved).status()).toBe(200);
  }

  async function expectInterface(page: Page, lang: string, words: Record<string, string>): Promise<void> {
    await expectAttribute(page.locator('html'), 'lang', lang);
    for (const [testId, text] of Object.entries(words)) await expectText(page.getByTestId(testId), text);
  }

  const azerbaijani = {
    'nav-home': 'Ana səhifə',
    'nav-organisations': 'Təşkilatlar',
    'nav-users': 'İstifadəçilər',
    'nav-account': 'Hesabım',
    'sign-out': 'Çıxış',
  };
  const russian = {
    'nav-home': 'Главная',
    'nav-organisations': 'Организации',
    'nav-users': 'Пользователи',
    'nav-account': 'Моя учётная запись',
    'sign-out': 'Выйти',
  };

  it('switches to Azerbaijani and Russian, and keeps the choice in the profile', async () => {
    const { context, page } = await signedInPage(browser, user.email);
    try {
      await expectInterface(page, 'en', { 'nav-home': 'Home', 'sign-out': 'Sign out' });

      await choose(page, 'az');
      await expectInterface(page, 'az', azerbaijani);
      await expectAttribute(page.getByTestId('language-switch'), 'aria-label', 'Dil');

      // Saved to the profile, not only to this browser: forget the local choice and reload.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await expectInterface(page, 'az', azerbaijani);

      await choose(page, 'ru');
      await expectInterface(page, 'ru', russian);
      await expectAttribute(page.getByTestId('language-switch'), 'aria-label', 'Язык');
    } finally {
      await context.close();
    }

    // Another browser, English by default: signing in brings the saved Russian back.
    const second = await signedInPage(browser, user.email);
    try {
      await expectInterface(second.page, 'ru', russian);
      await choose(second.page, 'en');
      await expectInterface(second.page, 'en', { 'nav-home': 'Home', 'sign-out': 'Sign out' });
    } finally {
      await second.context.close();
    }
  });
});
