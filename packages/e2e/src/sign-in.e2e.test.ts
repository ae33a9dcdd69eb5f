import { Secret, TOTP } from 'otpauth';
import { type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserAvailable, launchBrowser } from './browser.ts';
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

/** The code an authenticator app shows for `key` at `at` (RFC 6238, as the phone computes it). */
function codeFor(key: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(key) }).generate({ timestamp: at.getTime() });
}

/** A new user of the administrator's body, made through the API: the demo users stay as they are. */
async function createUserThroughApi(name: string): Promise<string> {
  const api = await request.newContext({ baseURL: baseUrl() });
  try {
    const signedIn = await api.post('/api/auth/sign-in', {
      data: { email: demo.admin.email, password: demoPassword },
    });
    const me = (await signedIn.json()) as { csrfToken: string; organisation: { id: string } };
    const email = `${name}-${Date.now()}@demo.opennrm.org`;
    const made = await api.post('/api/users', {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: {
        email,
        displayName: name,
        organisationId: me.organisation.id,
        roles: ['auditor'],
        password: demoPassword,
      },
    });
    if (made.status() !== 201)
      throw new Error(`POST /api/users answered ${made.status()}: ${await made.text()}`);
    return email;
  } finally {
    await api.dispose();
  }
}

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

  it('sets up an authenticator app in the profile, then signs in with its code', async () => {
    const email = await createUserThroughApi('totp');
    const { context, page } = await signedInPage(browser, email);
    try {
      await page.goto('/account');
      await page.getByRole('button', { name: 'Set up the authenticator app' }).click();
      await page.getByRole('img', { name: 'QR code holding the key of your authenticator app' }).waitFor();
      const key = ((await page.getByTestId('second-factor-key').textContent()) ?? '').trim();
      const enrolledAt = new Date();
      await page.getByLabel('Six-digit code from the app').fill(codeFor(key, enrolledAt));
      await page.getByRole('button', { name: 'Confirm' }).click();
      const codes = page.getByTestId('recovery-codes');
      await expectText(codes, 'Your recovery codes');
      expect(await codes.locator('code').count()).toBe(10);
      await page.getByRole('button', { name: 'I have kept them' }).click();
      await expectText(page.getByTestId('second-factor-enrolled'), 'Recovery codes left: 10');

      await page.getByTestId('sign-out').click();
      await page.waitForURL(/\/sign-in/);
      await fillSignIn(page, email, demoPassword);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expectText(page.getByRole('heading', { level: 1 }), 'Code from your authenticator app');
      expect(await statusFromPage(page, '/api/me')).toBe(401);
      // The code that enrolled the app is spent: the phone's next one signs in.
      await page.getByLabel('Six-digit code from the app').fill(codeFor(key, enrolledAt));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expectText(
        page.getByTestId('second-factor-error'),
        'The code is incorrect or has already been used.',
      );
      await page
        .getByLabel('Six-digit code from the app')
        .fill(codeFor(key, new Date(enrolledAt.getTime() + 30_000)));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expectText(page.getByTestId('current-user-name'), 'totp');
      expect(await statusFromPage(page, '/api/me')).toBe(200);
    } finally {
      await context.close();
    }
  });
});
