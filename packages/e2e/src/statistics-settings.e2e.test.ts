import type { Browser, Page } from 'playwright-core';
import { request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { baseUrl, browserAvailable, launchBrowser } from './browser.ts';
import { demo, demoPassword, expectAttribute, expectText, patience, signedInPage } from './helpers.ts';

// The demo country counts its reporting years as calendar years in Baku's time zone.
const defaults = {
  suppressionThreshold: 5,
  exportK: 11,
  yearStartMonth: 1,
  timeZone: 'Asia/Baku',
  englishSpelling: 'british',
};
const thresholdLabel = 'Suppression threshold of the published report';
const exportKLabel = 'Minimum group size (k) of the CTDC export';

/** The saved settings as the server has them, read with the page's session. */
function savedSettings(page: Page): Promise<typeof defaults> {
  return page.evaluate(async () => {
    const response = await fetch('/api/settings/statistics', { credentials: 'same-origin' });
    return (await response.json()) as {
      suppressionThreshold: number;
      exportK: number;
      yearStartMonth: number;
      timeZone: string;
      englishSpelling: string;
    };
  });
}

/** Puts the demo defaults back through the API, so a failure here cannot change other tests' report. */
async function restoreDefaults(): Promise<void> {
  const api = await request.newContext({ baseURL: baseUrl() });
  try {
    const signedIn = await api.post('/api/auth/sign-in', {
      data: { email: demo.admin.email, password: demoPassword },
    });
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const patched = await api.patch('/api/settings/statistics', {
      data: defaults,
      headers: { 'X-CSRF-Token': csrfToken },
    });
    if (!patched.ok()) throw new Error(`PATCH /api/settings/statistics answered ${patched.status()}`);
  } finally {
    await api.dispose();
  }
}

describe.skipIf(!browserAvailable())('statistics settings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await restoreDefaults();
    await browser?.close();
  });

  it('the administrator changes the suppression threshold; an out-of-range value is refused', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    const patches: string[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'PATCH') patches.push(sent.url());
    });
    try {
      await page.getByTestId('nav-statistics-settings').click();
      await page.waitForURL(/\/settings\/statistics$/);
      const form = page.getByTestId('statistics-settings-form');
      const threshold = form.getByLabel(thresholdLabel);
      await threshold.waitFor();
      expect(await threshold.inputValue()).toBe('5');
      expect(await form.getByLabel(exportKLabel).inputValue()).toBe('11');
      expect(await seriousViolations(page, '/settings/statistics')).toEqual([]);

      // 1 would publish every count: the form refuses it and sends nothing.
      await threshold.fill('1');
      await form.getByRole('button', { name: 'Save' }).click();
      await expectText(form, 'Enter a whole number from 2 to 50.');
      await expectAttribute(threshold, 'aria-invalid', 'true');
      expect(patches).toEqual([]);
      expect(await savedSettings(page)).toEqual(defaults);
      expect(await seriousViolations(page, '/settings/statistics with an error')).toEqual([]);

      await threshold.fill('10');
      await form.getByRole('button', { name: 'Save' }).click();
      await expectText(form.getByRole('status'), 'Saved');
      await page.reload();
      await expect.poll(() => threshold.inputValue(), { timeout: patience }).toBe('10');
      expect(await form.getByLabel(exportKLabel).inputValue()).toBe('11');

      // Back to the default through the form, as the other tests of the report expect.
      await threshold.fill('5');
      await form.getByRole('button', { name: 'Save' }).click();
      await expectText(form.getByRole('status'), 'Saved');
      expect(await savedSettings(page)).toEqual(defaults);
    } finally {
      await context.close();
    }
  });

  it('the administrator sets the TIP report’s April-March year; an unknown time zone is refused', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    try {
      await page.getByTestId('nav-statistics-settings').click();
      await page.waitForURL(/\/settings\/statistics$/);
      const form = page.getByTestId('statistics-settings-form');
      const zone = form.getByLabel('Time zone of the country');
      await zone.waitFor();
      expect(await zone.inputValue()).toBe('Asia/Baku');
      await zone.fill('Asia/Atlantis');
      await form.getByRole('button', { name: 'Save' }).click();
      await expectText(form, 'Enter a time zone name such as Asia/Baku or Europe/Moscow.');
      // Named at the top too, a link to the field, and gone once the name is right.
      await expectText(form.getByTestId('error-summary'), 'Time zone of the country');
      expect(await savedSettings(page)).toEqual(defaults);
      await zone.fill('Asia/Baku');
      await expect.poll(() => form.getByTestId('error-summary').count()).toBe(0);
      await form.getByLabel('First month of the reporting year').click();
      await page.getByRole('option', { name: 'April (TIP report: April – March)' }).click();
      await form.getByRole('button', { name: 'Save' }).click();
      await expectText(form.getByRole('status'), 'Saved');
      expect(await savedSettings(page)).toEqual({ ...defaults, yearStartMonth: 4 });
      expect(await seriousViolations(page, '/settings/statistics, April')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
