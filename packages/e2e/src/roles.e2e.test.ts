import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';
import {
  type DemoUser,
  demo,
  expectText,
  navTestIds,
  signedInPage,
  signInRepeatedly,
  statusFromPage,
} from './helpers.ts';

/** The coordinator holds aggregates only: the annual report, no persons or referrals. */
const withReport = [
  'nav-home',
  // The national board of shelter places and the money of victim assistance.
  'nav-shelters',
  'nav-funding',
  // The action plan, the recommendations and every body's prevention work.
  'nav-prevention',
  'nav-statistics',
  'nav-statistics-releases',
  'nav-country-report',
  'nav-organisations',
  'nav-users',
  'nav-account',
];
// The auditor is also the data protection officer: subject access and erasure requests.
const withAudit = [
  'nav-home',
  'nav-organisations',
  'nav-users',
  'nav-audit',
  'nav-subject-requests',
  'nav-account',
];
const frontLine = [
  'nav-home',
  'nav-persons',
  'nav-referrals',
  'nav-shelters',
  'nav-prevention',
  'nav-statistics',
  'nav-organisations',
  'nav-users',
  'nav-account',
];
const hotline = [
  'nav-home',
  'nav-persons',
  'nav-hotline',
  'nav-prevention',
  'nav-organisations',
  'nav-users',
  'nav-account',
];
const administration = [
  'nav-home',
  // Registers the shelters.
  'nav-shelters',
  'nav-organisations',
  'nav-users',
  'nav-identification-settings',
  'nav-referral-settings',
  'nav-statistics-settings',
  'nav-indicator-lists',
  'nav-historic-import',
  // Retention rules, dry run and legal holds.
  'nav-retention',
  'nav-account',
];

/**
 * Each role's navigation follows its permissions (packages/core/src/policy/grants.ts); the
 * header's person search only for those who may list persons (the hotline only registers them).
 */
const roleViews: { role: string; user: DemoUser; nav: string[]; manages: boolean; search: boolean }[] = [
  { role: 'national coordinator', user: demo.coordinator, nav: withReport, manages: false, search: false },
  { role: 'auditor', user: demo.auditor, nav: withAudit, manages: false, search: false },
  { role: 'case worker', user: demo.caseWorker, nav: frontLine, manages: false, search: true },
  { role: 'hotline operator', user: demo.hotline, nav: hotline, manages: false, search: false },
  { role: 'system administrator', user: demo.admin, nav: administration, manages: true, search: false },
];

describe.skipIf(!browserAvailable())('what each role sees', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(roleViews)('the $role sees only their navigation', async ({ user, nav, manages, search }) => {
    const { context, page } = await signedInPage(browser, user.email);
    try {
      await expectText(page.getByTestId('current-user-name'), user.name);
      await expectText(page.getByTestId('current-organisation-name'), user.organisation);
      expect(await navTestIds(page)).toEqual(nav);
      expect(
        await page
          .getByRole('banner')
          .getByRole('combobox', { name: /Find a person/ })
          .count(),
      ).toBe(search ? 1 : 0);

      await page.getByTestId('nav-organisations').click();
      await page.getByTestId('organisations-table').waitFor();
      expect(await page.getByTestId('new-organisation').count()).toBe(manages ? 1 : 0);
      await page.getByTestId('nav-users').click();
      await page.getByTestId('users-table').waitFor();
      expect(await page.getByTestId('new-user').count()).toBe(manages ? 1 : 0);
      expect(await statusFromPage(page, '/api/audit/events')).toBe(nav.includes('nav-audit') ? 200 : 403);
    } finally {
      await context.close();
    }
  });

  it('the auditor reads recent sign-ins in the log and finds the chain intact', async () => {
    // Enough sign-ins that the log runs to more than one page of fifty...
    await signInRepeatedly(demo.vac.email, 60);
    // ...then someone else signs in, so there is a recent sign-in that is not the auditor's own.
    const hotline = await signedInPage(browser, demo.hotline.email);
    await hotline.context.close();

    const { context, page } = await signedInPage(browser, demo.auditor.email);
    try {
      await page.getByTestId('nav-audit').click();
      await page.waitForURL(/\/audit$/);
      // The home page's "latest events" table can linger while the log loads; wait for the log.
      await page.getByTestId('verify-chain').waitFor();
      const table = page.getByTestId('audit-table');
      const signIns = table.getByRole('row').filter({ hasText: 'Signed in' });
      await signIns.first().waitFor();
      await expectText(signIns.filter({ hasText: demo.auditor.name }), demo.auditor.organisation);
      await expectText(signIns.filter({ hasText: demo.hotline.name }), 'Hotline operator');

      // Newest first, fifty at a time: "Load more" pages back to the first event, no gaps, no repeats.
      const seqs = () =>
        table
          .locator('tbody tr td:first-child')
          .evaluateAll((cells) => cells.map((cell) => Number((cell.textContent ?? '').replace(/\D/g, ''))));
      let pages = 1;
      while ((await page.getByText('No more events.').count()) === 0 && pages < 20) {
        const before = (await seqs()).length;
        await page.getByTestId('load-more').click();
        await expect.poll(async () => (await seqs()).length, { timeout: 15_000 }).toBeGreaterThan(before);
        pages += 1;
      }
      const all = await seqs();
      expect(all.at(-1)).toBe(1);
      expect(all).toEqual(Array.from({ length: all.length }, (_, i) => all.length - i));
      expect(pages).toBeGreaterThan(1);

      await page.getByTestId('verify-chain').click();
      await expectText(page.getByTestId('verify-result'), 'The chain is intact');
      // It checked every event listed above, up to the newest one.
      await expectText(page.getByTestId('verify-result'), `last number ${all[0]}`);
      expect(await page.getByTestId('verify-result').getAttribute('role')).toBe('status');
    } finally {
      await context.close();
    }
  });

  it("a shelter's sealed address stays hidden from the administrator, who can only replace it", async () => {
    const shelter = 'MIA-run shelter, Baku';
    const { context, page } = await signedInPage(browser, demo.admin.email);
    try {
      await page.getByTestId('nav-organisations').click();
      await page.getByTestId('organisations-table').getByRole('link', { name: shelter, exact: true }).click();
      await expectText(page.getByRole('heading', { level: 1 }), shelter);
      await expectText(page.getByText('An address is on file.'), 'An address is on file.');
      // The administrator sees no victim data, and a shelter's address says where victims are.
      await expectText(
        page.getByTestId('address-staff-only'),
        "Only the organisation's own staff can see it",
      );
      expect(await page.getByRole('button', { name: 'Show address' }).count()).toBe(0);
      expect(await page.getByText('Demo address, Baku (sealed)').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
