import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';
import {
  demo,
  demoPassword,
  expectText,
  fillSignIn,
  freshPage,
  signedInPage,
  signIn,
  statusFromPage,
} from './helpers.ts';

describe.skipIf(!browserAvailable())('signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs the demo administrator in and shows who and where they are', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto('/');
      // Not signed in: the app sends the visitor to sign-in.
      await page.waitForURL(/\/sign-in/);
      await signIn(page, demo.admin.email);
      await expectText(page.getByTestId('current-user-name'), demo.admin.name);
      await expectText(page.getByTestId('current-organisation-name'), demo.admin.organisation);
      await expectText(page.getByRole('heading', { level: 1 }), `Welcome, ${demo.admin.name}`);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await statusFromPage(page, '/api/me')).toBe(200);
    } finally {
      await context.close();
    }
  });

  it('says a wrong password is wrong and keeps the email that was typed', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await fillSignIn(page, demo.admin.email, 'not-the-right-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const error = page.getByTestId('sign-in-error');
      await expectText(error, 'The email or password is incorrect.');
      expect(await page.getByLabel('Email').inputValue()).toBe(demo.admin.email);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(await page.getByTestId('current-user-name').count()).toBe(0);
      // The right password still works straight after (one slip does not lock the account).
      await page.getByLabel('Password', { exact: true }).fill(demoPassword);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expectText(page.getByTestId('current-user-name'), demo.admin.name);
    } finally {
      await context.close();
    }
  });

  it('signs out back to the sign-in page and ends the session on the server', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    try {
      expect(await statusFromPage(page, '/api/me')).toBe(200);
      await page.getByTestId('sign-out').click();
      await page.waitForURL(/\/sign-in/);
      await page.getByLabel('Email').waitFor();
      expect(await statusFromPage(page, '/api/me')).toBe(401);
      // Back in the app's address: still signed out, so sign-in is shown again.
      await page.goto('/users');
      await page.waitForURL(/\/sign-in\?next=%2Fusers/);
      expect(await page.getByTestId('current-user-name').count()).toBe(0);
      // Signing in again leads back to the page that was asked for.
      await page.getByLabel('Email').fill(demo.admin.email);
      await page.getByLabel('Password', { exact: true }).fill(demoPassword);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(/\/users$/);
      await page.getByTestId('users-table').waitFor();
    } finally {
      await context.close();
    }
  });

  it('"Sign out everywhere" asks first, then ends the sessions in other browsers too', async () => {
    const user = demo.prosecutor;
    const other = await signedInPage(browser, user.email);
    const { context, page } = await signedInPage(browser, user.email);
    try {
      expect(await statusFromPage(other.page, '/api/me')).toBe(200);
      await page.getByRole('button', { name: `Account menu for ${user.name}` }).click();
      await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
      const dialog = page.getByTestId('confirm-dialog');
      await expectText(dialog, 'This ends your sessions on every device, including this one.');
      // Cancel keeps everyone signed in.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await statusFromPage(other.page, '/api/me')).toBe(200);

      await page.getByRole('button', { name: `Account menu for ${user.name}` }).click();
      await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
      await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
      await page.waitForURL(/\/sign-in/);
      expect(await statusFromPage(page, '/api/me')).toBe(401);
      expect(await statusFromPage(other.page, '/api/me')).toBe(401);
      // The other browser finds out on its next page.
      await other.page.goto('/account');
      await other.page.waitForURL(/\/sign-in\?next=%2Faccount/);
    } finally {
      await context.close();
      await other.context.close();
    }
  });
});
