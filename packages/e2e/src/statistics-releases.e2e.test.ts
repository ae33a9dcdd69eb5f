import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, navTestIds, patience, setSavedLocale, signedInPage } from './helpers.ts';

// The demo's persons are decided in the last weeks before the server starts (statistics.e2e.test.ts).
const demoYear = new Date(Date.now() - 12 * 86_400_000).getUTCFullYear();

/** The SHA-256 of a downloaded file, computed in the page from the bytes the link returns. */
function sha256OfLink(page: Page, href: string): Promise<{ hash: string; header: string | null }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
    const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return { hash, header: response.headers.get('x-opennrm-sha256') };
  }, href);
}

async function publish(page: Page, button: string): Promise<void> {
  await page.getByTestId('publish-release').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expectText(dialog, `The national published figures of ${demoYear} will be frozen`);
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expectText(page.getByTestId('release-details').getByRole('heading', { level: 2 }), button);
}

describe.skipIf(!browserAvailable())('statistics releases', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await setSavedLocale(demo.coordinator.email, 'en').catch(() => undefined);
    await browser?.close();
  });

  it('the coordinator publishes a year, downloads its files unchanged, then corrects it with a reason', async () => {
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    try {
      expect(await navTestIds(page)).toContain('nav-statistics-releases');
      await page.getByTestId('nav-statistics-releases').click();
      await page.waitForURL(/\/statistics\/releases$/);
      await expectText(page.getByRole('heading', { level: 1 }), 'Releases');
      expect(await seriousViolations(page, '/statistics/releases')).toEqual([]);

      const form = page.getByTestId('publish-release-form');
      await form.getByLabel('Reporting year').selectOption(String(demoYear));
      await form.getByLabel('Russian').uncheck();
      await publish(page, `${demoYear}, release 1`);
      const files = page.getByTestId('release-files');
      // JSON, workbook, CSV zip and PDF in English and Azerbaijani, and the checksum list.
      await expect.poll(() => files.locator('tbody tr').count(), { timeout: patience }).toBe(9);
      const pdf = files.locator('tbody tr', { hasText: '-az.pdf' });
      const href = (await pdf.getByRole('link').getAttribute('href')) ?? '';
      const shown = (await pdf.locator('code').textContent()) ?? '';
      const got = await sha256OfLink(page, href);
      expect(got).toEqual({ hash: shown, header: shown });
      expect(await seriousViolations(page, '/statistics/releases with a release open')).toEqual([]);

      // Publishing the same year again is a correction: it needs a reason.
      await expectText(page.getByTestId('correction-notice'), 'release 1');
      await page.getByTestId('publish-release').click();
      await expectText(form, 'Say what this release corrects.');
      expect(await seriousViolations(page, '/statistics/releases with a missing reason')).toEqual([]);
      await form.getByLabel('What this release corrects').fill('A decision was entered late');
      await publish(page, `${demoYear}, release 2`);
      await expectText(page.getByTestId('release-reason'), 'Corrects release 1: A decision was entered late');
      await page.getByTestId('release-changes').waitFor();
      expect(await page.getByTestId('release-row').count()).toBeGreaterThanOrEqual(2);
      // The first release is still there, with the same hash for the same file.
      await page.getByRole('button', { name: `Open release 1 of ${demoYear}` }).click();
      await expectText(page.getByTestId('release-details').getByRole('heading', { level: 2 }), 'release 1');
      const again = page.getByTestId('release-files').locator('tbody tr', { hasText: '-az.pdf' });
      expect(await again.locator('code').textContent()).toBe(shown);
      expect(await seriousViolations(page, '/statistics/releases with a correction')).toEqual([]);

      // The published report can take its previous-year column from a release; the year before
      // the demo's was never released, so it says so and keeps the figures as they stand.
      await page.goto(`/statistics?year=${demoYear}&view=published`);
      const previous = page.getByTestId('previous-as-published');
      // By keyboard: the switch sits under the sticky header once scrolled to.
      await previous.getByRole('switch', { name: `Show ${demoYear - 1} as published` }).press('Space');
      await page.waitForURL(/previous=published/);
      await expectText(previous, `${demoYear - 1} has not been released`);
      expect(await seriousViolations(page, '/statistics with the previous year as published')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reads in Russian and Azerbaijani, and the report links to the releases', async () => {
    await setSavedLocale(demo.coordinator.email, 'ru');
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    try {
      await page.goto('/statistics');
      await page.getByTestId('releases-link').click();
      await page.waitForURL(/\/statistics\/releases$/);
      await expectText(page.getByRole('heading', { level: 1 }), 'Выпуски');
      await expectText(page.getByTestId('releases-table'), 'Выпуск');
      expect(await seriousViolations(page, '/statistics/releases (ru)')).toEqual([]);
    } finally {
      await context.close();
    }
    await setSavedLocale(demo.coordinator.email, 'az');
    const az = await signedInPage(browser, demo.coordinator.email);
    try {
      await az.page.goto('/statistics/releases');
      await expectText(az.page.getByRole('heading', { level: 1 }), 'Nəşrlər');
      expect(await seriousViolations(az.page, '/statistics/releases (az)')).toEqual([]);
    } finally {
      await az.context.close();
    }
  });

  it('front-line staff have no releases', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    try {
      expect(await navTestIds(page)).not.toContain('nav-statistics-releases');
      await page.goto('/statistics/releases');
      await expectText(page.getByRole('heading', { level: 1 }), 'Not allowed');
    } finally {
      await context.close();
    }
  });
});
