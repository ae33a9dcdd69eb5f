import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import {
  demo,
  expectAttribute,
  expectText,
  freshPage,
  navTestIds,
  signedInPage,
  signIn,
  statusFromPage,
  submitAndExpectUrl,
} from './helpers.ts';

describe.skipIf(!browserAvailable())('administration: a new organisation and its first user', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the administrator create both, and the new case worker sees only what they may', async () => {
    const stamp = Date.now().toString(36);
    const organisation = `E2E Shelter Trust ${stamp}`;
    const person = { name: `Nargiz Test ${stamp}`, email: `e2e-${stamp}@example.org` };
    const password = 'E2e-initial-pass-2015';

    const admin = await signedInPage(browser, demo.admin.email);
    try {
      const { page } = admin;

      // A new organisation of type NGO.
      await page.getByTestId('nav-organisations').click();
      await page.getByTestId('organisations-table').waitFor();
      await page.getByTestId('new-organisation').click();
      await page.waitForURL(/\/organisations\/new$/);
      // The list stays on screen while the form's code loads: fill only the form itself.
      const orgForm = page.getByTestId('organisation-form');
      await orgForm.getByLabel('Name').fill(organisation);
      await orgForm.getByLabel('Type').selectOption('ngo');
      await orgForm.getByLabel('Region').fill('Sumgait');
      await orgForm.getByLabel('Address').fill('12 Test Street, Sumgait');
      await submitAndExpectUrl(
        page,
        orgForm.getByRole('button', { name: 'Create', exact: true }),
        /\/organisations$/,
      );
      const orgRow = page
        .getByTestId('organisations-table')
        .getByRole('row')
        .filter({ hasText: organisation });
      await expectText(orgRow, 'Non-governmental organisation');
      await expectText(orgRow, 'Sumgait');
      // The sealed address never appears in the list.
      expect(await page.getByTestId('organisations-table').textContent()).not.toContain('12 Test Street');

      // A case worker in it, with an initial password.
      await page.getByTestId('nav-users').click();
      await page.getByTestId('users-table').waitFor();
      await page.getByTestId('new-user').click();
      await page.waitForURL(/\/users\/new$/);
      // Not the list's "Search by name or email", which can still be on screen for a moment.
      const userForm = page.getByTestId('user-form');
      await userForm.getByLabel('Email').fill(person.email);
      await userForm.getByLabel('Display name').fill(person.name);
      await userForm.getByLabel('Organisation').selectOption({ label: organisation });
      await userForm.getByTestId('user-roles').getByLabel('Case worker').check();
      await userForm.getByLabel('Initial password').fill(password);
      expect(await userForm.getByLabel('Interface language').inputValue()).toBe('en');
      await submitAndExpectUrl(
        page,
        userForm.getByRole('button', { name: 'Create', exact: true }),
        /\/users$/,
      );
      const userRow = page.getByTestId('users-table').getByRole('row').filter({ hasText: person.email });
      await expectText(userRow, person.name);
      await expectText(userRow, organisation);
      await expectText(userRow, 'Case worker');

      await page.getByTestId('sign-out').click();
      await page.waitForURL(/\/sign-in/);
    } finally {
      await admin.context.close();
    }

    // The new user, in a browser of their own.
    const { context, page } = await freshPage(browser);
    try {
      await signIn(page, person.email, password);
      await expectText(page.getByTestId('current-user-name'), person.name);
      await expectText(page.getByTestId('current-organisation-name'), organisation);
      expect(await navTestIds(page)).toEqual([
        'nav-home',
        'nav-persons',
        'nav-referrals',
        'nav-shelters',
        'nav-prevention',
        'nav-statistics',
        'nav-organisations',
        'nav-users',
        'nav-account',
      ]);

      await page.getByTestId('nav-organisations').click();
      await page.getByTestId('organisations-table').waitFor();
      expect(await page.getByTestId('new-organisation').count()).toBe(0);
      // Without update rights the names are plain text, not links to an edit page.
      expect(await page.getByTestId('organisations-table').getByRole('link').count()).toBe(0);

      await page.getByTestId('nav-users').click();
      await expectText(page.getByTestId('users-table'), person.email);
      expect(await page.getByTestId('new-user').count()).toBe(0);

      // Typing the audit address shows a refusal, not the log.
      await page.goto('/audit');
      await expectText(page.getByRole('alert'), 'You do not have permission to do this.');
      expect(await page.getByTestId('audit-table').count()).toBe(0);
      expect(await page.getByTestId('verify-chain').count()).toBe(0);
      // The server refuses too, whatever the page shows.
      expect(await statusFromPage(page, '/api/audit/events')).toBe(403);
      expect(await statusFromPage(page, '/api/me')).toBe(200);

      // The same for the administration forms.
      await page.goto('/users/new');
      await expectText(page.getByRole('alert'), 'You do not have permission to do this.');
      expect(await page.getByTestId('user-form').count()).toBe(0);
      await page.goto('/organisations/new');
      await expectText(page.getByRole('alert'), 'You do not have permission to do this.');
      expect(await page.getByTestId('organisation-form').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a rejected new-user form says what to fix and keeps everything typed', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    try {
      await page.goto('/users/new');
      const form = page.getByTestId('user-form');
      await form.getByLabel('Email').fill('not-an-email');
      await form.getByLabel('Display name').fill('Rejected Person');
      await form.getByLabel('Organisation').selectOption({ label: demo.caseWorker.organisation });
      await form.getByLabel('Initial password').fill('E2e-initial-pass-2015');
      // No role yet: the form asks for one before sending anything.
      await form.getByRole('button', { name: 'Create', exact: true }).click();
      await expectText(form.getByTestId('user-roles'), 'Choose at least one role.');

      await form.getByTestId('user-roles').getByLabel('Case worker').check();
      await form.getByRole('button', { name: 'Create', exact: true }).click();
      // The server's refusal is said at the top by field, as a link to the field it concerns.
      await expectText(form.getByTestId('error-summary'), 'Email');
      expect(await form.getByTestId('error-alert').count()).toBe(0);
      const email = form.getByLabel('Email');
      await expectAttribute(email, 'aria-invalid', 'true');
      const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
      expect(describedBy).not.toBe('');
      await expectText(page.locator(`[id="${describedBy.split(' ').at(-1)}"]`), 'email');
      expect(new URL(page.url()).pathname).toBe('/users/new');
      expect(await email.inputValue()).toBe('not-an-email');
      expect(await form.getByLabel('Display name').inputValue()).toBe('Rejected Person');
      expect(await form.getByLabel('Initial password').inputValue()).toBe('E2e-initial-pass-2015');
      expect(await form.getByTestId('user-roles').getByLabel('Case worker').isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('identification settings: the country and the public holidays are picked, not typed as codes', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    const problems: string[] = [];
    try {
      await page.goto('/settings/identification');
      const form = page.getByTestId('identification-settings-form');
      // The country reads as its name; the holidays as days in the interface language.
      await expect
        .poll(() => form.getByLabel('Country').and(page.locator('input')).inputValue())
        .toBe('Azerbaijan');
      const holidays = form.getByTestId('holidays');
      await holidays.getByLabel('Day to add').fill('02/01/2031');
      await holidays.getByLabel('Day to add').press('Enter');
      await expectText(holidays.getByTestId('holiday').filter({ hasText: '2 Jan 2031' }), '2 Jan 2031');
      // The same day twice is refused with a reason, not silently.
      await holidays.getByLabel('Day to add').fill('02/01/2031');
      await holidays.getByRole('button', { name: 'Add the day' }).click();
      await expectText(holidays, '2 Jan 2031 is already listed.');
      problems.push(...(await seriousViolations(page, 'identification settings with a holiday')));
      await form.getByRole('button', { name: 'Save' }).click();
      await expectText(form, 'Saved.');

      await page.reload();
      const removal = page.getByRole('button', { name: 'Remove 2 Jan 2031' });
      await removal.click();
      await page.getByRole('button', { name: 'Save' }).click();
      await expectText(page.getByTestId('identification-settings-form'), 'Saved.');
      await page.reload();
      await page.getByTestId('holidays').waitFor();
      expect(await page.getByRole('button', { name: 'Remove 2 Jan 2031' }).count()).toBe(0);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
