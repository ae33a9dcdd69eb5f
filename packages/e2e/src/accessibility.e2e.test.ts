import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, demoPassword, expectText, freshPage, signedInPage } from './helpers.ts';

/** Which element has focus, described by what a test can name. */
function focused(page: Page): Promise<{ tag: string; id: string; label: string; text: string; cls: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labels = (el as HTMLInputElement | null)?.labels;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      label: labels?.[0]?.textContent?.trim() ?? el?.getAttribute('aria-label') ?? '',
      text: el?.textContent?.trim() ?? '',
      cls: el?.className ?? '',
    };
  });
}

describe.skipIf(!browserAvailable())('accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the sign-in page has no serious axe violations', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto('/sign-in');
      await page.getByLabel('Email').waitFor();
      expect(await seriousViolations(page, 'sign-in')).toEqual([]);
      // The error state too: the alert must not break contrast or naming.
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByTestId('sign-in-error').waitFor();
      expect(await seriousViolations(page, 'sign-in with error')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the administrator’s pages have no serious axe violations', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    const pages: { path: string; ready: () => Promise<void> }[] = [
      { path: '/', ready: () => page.getByTestId('summary-users').waitFor() },
      { path: '/organisations', ready: () => page.getByTestId('organisations-table').waitFor() },
      { path: '/users', ready: () => page.getByTestId('users-table').waitFor() },
      { path: '/users/new', ready: () => page.getByTestId('user-roles').waitFor() },
      { path: '/account', ready: () => page.getByLabel('Current password').waitFor() },
      { path: '/settings/referrals', ready: () => page.getByTestId('routing-rule-row').first().waitFor() },
      {
        path: '/settings/indicator-lists',
        ready: () => page.getByTestId('indicator-list-row').first().waitFor(),
      },
      { path: '/settings/retention', ready: () => page.getByTestId('retention-plan').waitFor() },
    ];
    try {
      const found: Record<string, string[]> = {};
      for (const { path, ready } of pages) {
        await page.goto(path);
        await ready();
        found[path] = await seriousViolations(page, path);
      }
      expect(found).toEqual(Object.fromEntries(pages.map(({ path }) => [path, []])));
    } finally {
      await context.close();
    }
  });

  it('the audit log has no serious axe violations, before and after verifying', async () => {
    const { context, page } = await signedInPage(browser, demo.auditor.email);
    try {
      await page.goto('/audit');
      await page.getByTestId('audit-table').waitFor();
      expect(await seriousViolations(page, '/audit')).toEqual([]);
      await page.getByTestId('verify-chain').click();
      await page.getByTestId('verify-result').waitFor();
      expect(await seriousViolations(page, '/audit verified')).toEqual([]);
      // The officer's data subject requests (export, erasure) on the same visit.
      await page.getByTestId('nav-subject-requests').click();
      await page.getByTestId('subject-requests').waitFor();
      expect(await seriousViolations(page, '/data-subject-requests')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs in by keyboard alone: Tab to each field, type, Enter', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto('/sign-in');
      await page.getByLabel('Email').waitFor();
      // Skip link and language switch come first; the email field within a few presses.
      let presses = 0;
      while ((await focused(page)).label !== 'Email' && presses < 6) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect((await focused(page)).label).toBe('Email');
      await page.keyboard.type(demo.caseWorker.email);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'input', label: 'Password' });
      await page.keyboard.type(demoPassword);
      await page.keyboard.press('Enter');
      await expectText(page.getByTestId('current-user-name'), demo.caseWorker.name);
    } finally {
      await context.close();
    }
  });

  it('the first Tab on a signed-in page reaches the skip link, which moves focus to main', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    try {
      await page.goto('/organisations');
      await page.getByTestId('organisations-table').waitFor();
      await page.keyboard.press('Tab');
      const link = await focused(page);
      expect(link).toMatchObject({ tag: 'a', text: 'Skip to main content' });
      expect(link.cls).toContain('skip-link');
      // Visible while focused, not hidden off-screen.
      const box = await page.locator('.skip-link').boundingBox();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).id).toBe('main');
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('main');
      // The next Tab continues inside the page content, not back in the header.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement) ?? false),
      ).toBe(true);
    } finally {
      await context.close();
    }
  });
});
