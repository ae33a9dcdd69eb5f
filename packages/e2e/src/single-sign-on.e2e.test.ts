import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, freshPage } from './helpers.ts';

/**
 * Sign-in through the identity provider global-setup starts (oidc-provider, account "samir"
 * whose verified e-mail is the demo administrator's): the button, the provider's own page, back
 * in OpenNRM signed in.
 */
describe.skipIf(!browserAvailable())('single sign-on in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says why the last attempt failed, then signs in through the provider’s page and lands in OpenNRM', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto('/sign-in?error=no_account');
      await expectText(
        page.getByTestId('sign-in-error'),
        'There is no OpenNRM account for you. Ask your administrator to create one.',
      );
      const button = page.getByRole('link', { name: 'Sign in with Test ID' });
      await button.waitFor();
      expect(await seriousViolations(page, 'sign-in with a provider')).toEqual([]);
      await button.click();
      // The provider's page, on its own origin.
      await page.getByLabel('Username').fill('samir');
      await page.getByLabel('Password').fill('anything');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expectText(page.getByTestId('current-user-name'), demo.admin.name);
      expect(new URL(page.url()).pathname).toBe('/');
    } finally {
      await context.close();
    }
  });
});
