import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, jsonFromPage, patience, postFromPage, signedInPage } from './helpers.ts';

const rowCodes = (page: Page, scope = 'persons-table') =>
  page.getByTestId(scope).getByTestId('person-row').locator('a').allInnerTexts();

/**
 * Lists at volume (issues 16 and 21): the persons list pages by "Load more" until every person
 * is shown, sorts by its columns, finds a code by any fragment in any case and a person by name;
 * the inbox searches by person code and sorts by deadline. Each screen also passes axe.
 */
describe.skipIf(!browserAvailable())('lists in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('persons: load more reaches every person, columns sort, code fragments and names find', async () => {
    const { context, page } = await signedInPage(browser, demo.investigator.email);
    const problems: string[] = [];
    try {
      // More persons than one page (50): registered without a name, so no duplicate check runs.
      await page.evaluate(async () => {
        const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
        for (let i = 0; i < 51; i += 1) {
          await fetch('/api/persons', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({ gender: 'Masculine', citizenships: ['UZ'] }),
          });
        }
      });
      const named = await postFromPage<{ person: { code: string } }>(page, '/api/persons', {
        gender: 'Feminine',
        identity: { givenNames: 'Gulnara', familyName: 'Listova' },
        confirmDuplicates: true,
      });
      const all = await jsonFromPage<{ total: number }>(page, '/api/persons?limit=1');

      await page.goto('/persons');
      await page.getByTestId('persons-table').waitFor();
      expect(await page.getByTestId('person-row').count()).toBe(50);
      await expectText(page.getByTestId('persons-more-status'), `Showing 50 of ${all.total}`);
      problems.push(...(await seriousViolations(page, 'persons list')));
      while ((await page.getByTestId('person-row').count()) < all.total) {
        await page.getByRole('button', { name: 'Load more' }).click();
        await expect
          .poll(() => page.getByTestId('person-row').count(), { timeout: patience })
          .toBeGreaterThan(50);
      }
      await expectText(page.getByTestId('persons-more-status'), `Showing all ${all.total}`);
      const codes = await rowCodes(page);
      expect(new Set(codes).size).toBe(all.total);
      expect(codes[0]).toBe(named.person.code);

      // The Code column sorts, both ways, and says so to a screen reader.
      const codeHeader = page.getByRole('columnheader', { name: /Code/ });
      await codeHeader.getByRole('button').click();
      await page.waitForURL(/sort=code_asc/);
      await expect.poll(async () => (await rowCodes(page))[0]).toBe([...codes].sort()[0]);
      expect(await codeHeader.getAttribute('aria-sort')).toBe('ascending');
      await codeHeader.getByRole('button').click();
      await page.waitForURL(/sort=code_desc/);
      await expect.poll(async () => (await rowCodes(page))[0]).toBe([...codes].sort().at(-1));

      // Any fragment of the code, in lower case, finds it.
      await page.goto('/persons');
      await page.getByLabel('Code or part of it').fill(named.person.code.slice(4).toLowerCase());
      await page.getByLabel('Code or part of it').press('Enter');
      await expect.poll(() => rowCodes(page)).toEqual([named.person.code]);

      // The name, in another case and order of spaces, through the blind index; never in the URL.
      const search = page.getByTestId('name-search');
      await search.getByLabel('Full name').fill('gulnara  LISTOVA');
      await search.getByRole('button', { name: 'Search' }).click();
      await expect.poll(() => rowCodes(page, 'name-search')).toEqual([named.person.code]);
      expect(page.url()).not.toMatch(/gulnara/i);
      problems.push(...(await seriousViolations(page, 'persons list with a name search')));
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('header search: a lower-case code fragment or a name finds the person, Enter opens it', async () => {
    const { context, page } = await signedInPage(browser, demo.investigator.email);
    const problems: string[] = [];
    try {
      const { person } = await postFromPage<{ person: { id: string; code: string } }>(page, '/api/persons', {
        gender: 'Feminine',
        identity: { givenNames: 'Sabina', familyName: 'Axtarishova' },
        confirmDuplicates: true,
      });
      const box = page.getByRole('combobox', { name: 'Find a person by code or name' });
      // From any page: the home page here. The whole code's number part, in lower case.
      await box.fill(person.code.slice(4).toLowerCase());
      const option = page.getByRole('option', { name: new RegExp(person.code) });
      await option.waitFor();
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      problems.push(...(await seriousViolations(page, 'header search with results')));
      await box.press('Enter');
      await page.waitForURL(new RegExp(`/persons/${person.id}$`));
      await expectText(page.getByRole('heading', { level: 1 }), person.code);

      // A name is offered as a name search (never sent as a code), then Enter opens the match.
      await box.fill('sabina AXTARISHOVA');
      await page.getByRole('option', { name: /Search by name/ }).waitFor();
      await box.press('Enter');
      await option.waitFor();
      expect(await page.getByRole('listbox', { name: 'Persons found' }).getByRole('option').count()).toBe(1);
      await page.goto('/');
      expect(page.url()).not.toMatch(/sabina/i);

      // At 390 px the same search heads the burger menu.
      await page.setViewportSize({ width: 390, height: 844 });
      await page
        .getByRole('banner')
        .getByRole('button', { name: /navigation/i })
        .click();
      await page.getByTestId('global-search-menu').waitFor();
      problems.push(...(await seriousViolations(page, 'menu with the search at 390 px')));
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('inbox: each section pages, searches by person code and sorts by deadline', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    const problems: string[] = [];
    try {
      const vac = await jsonFromPage<{ organisations: { id: string; name: string }[] }>(
        page,
        '/api/organisations',
      ).then((r) => r.organisations.find((o) => o.name === demo.vac.organisation));
      // More normal referrals than a section's page (20) before the three the test follows, so
      // the newest is not on the first page in deadline order: the filter and the sort must be
      // the server's, not the page's.
      const sent: string[] = [];
      for (const urgency of [...Array<string>(20).fill('normal'), 'normal', 'urgent', 'normal']) {
        const { person } = await postFromPage<{ person: { id: string; code: string } }>(
          page,
          '/api/persons',
          {
            gender: 'Feminine',
          },
        );
        await postFromPage(page, `/api/persons/${person.id}/referrals`, {
          toOrganisationId: vac?.id,
          services: ['legal'],
          urgency,
          shareIdentity: false,
        });
        sent.push(person.code);
      }
      await page.goto('/referrals');
      const outgoing = page.getByTestId('inbox-outgoing');
      await outgoing.getByTestId('referral-row').first().waitFor();
      problems.push(...(await seriousViolations(page, 'inbox')));
      // A page at a time: the first 20, then "Load more" brings the rest, the newest among them.
      const outgoingRows = outgoing.getByTestId('referral-row');
      await expect.poll(() => outgoingRows.count()).toBe(20);
      await page.getByTestId('inbox-outgoing-more').getByRole('button').click();
      await expect
        .poll(async () =>
          (await outgoingRows.allInnerTexts()).some((row) => row.includes(sent.at(-1) ?? '-')),
        )
        .toBe(true);

      // A code fragment narrows every section to that person's referrals.
      const [, target, newest] = sent.slice(-3) as [string, string, string];
      await page.getByTestId('inbox-code').fill(target.slice(-6).toLowerCase());
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/code=/);
      await expect
        .poll(() => outgoing.getByTestId('referral-row').allInnerTexts())
        .toEqual([expect.stringContaining(target)]);
      await expectText(page.getByTestId('inbox-outgoing-count'), '1');

      // Urgency filters; the deadline column sorts the other way (latest deadline first).
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.getByLabel('Urgency').selectOption('normal');
      await page.waitForURL(/urgency=normal/);
      // Wait for the filter by what every row shows (normal urgency): the newest referral is not
      // on the first page in deadline order.
      const rows = outgoing.getByTestId('referral-row');
      const urgencies = async () =>
        (await rows.locator('td:nth-child(4)').allInnerTexts()).map((text) => text.trim());
      await expect.poll(async () => new Set(await urgencies())).toEqual(new Set(['Normal']));
      const deadline = outgoing.getByRole('columnheader', { name: /Answer by/ });
      await outgoing.getByRole('button', { name: /Answer by/ }).click();
      await page.waitForURL(/outgoingOrder=desc/);
      await expect.poll(() => deadline.getAttribute('aria-sort')).toBe('descending');
      // Latest deadline first: the newest referral leads, and the filter still holds.
      await expect
        .poll(async () => ({
          first: ((await rows.first().textContent()) ?? '').includes(newest),
          urgencies: new Set(await urgencies()),
        }))
        .toEqual({ first: true, urgencies: new Set(['Normal']) });
      problems.push(...(await seriousViolations(page, 'inbox, filtered and sorted')));
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('audit: the auditor picks an action by name, opens an event and downloads the filtered list', async () => {
    const { context, page } = await signedInPage(browser, demo.auditor.email);
    const problems: string[] = [];
    try {
      await page.goto('/audit');
      await page.getByTestId('audit-table').waitFor();
      // Actions are chosen by their words, grouped by family; the address keeps the code.
      await page.getByTestId('audit-action-picker').fill('Signed in');
      await page.getByRole('option', { name: 'Signed in', exact: true }).click();
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/action=auth\.signed_in/);
      const rows = page.getByTestId('audit-table').locator('tbody tr');
      await expect
        .poll(
          async () => new Set((await rows.locator('td:nth-child(6)').allInnerTexts()).map((t) => t.trim())),
        )
        .toEqual(new Set(['Signed in']));
      problems.push(...(await seriousViolations(page, 'audit log, filtered by action')));

      // The auditor's own sign-in, whole: who, organisation, and the event's place in the chain.
      await rows.filter({ hasText: demo.auditor.name }).first().getByTestId('audit-open').click();
      const details = page.getByTestId('audit-event');
      await expectText(details, demo.auditor.organisation);
      await expectText(details, 'Position in the chain');
      problems.push(...(await seriousViolations(page, 'audit event details')));
      // The opened event is in the address: a reload (or a link) opens it again.
      await page.waitForURL(/[?&]event=\d+/);
      await page.reload();
      await expectText(page.getByTestId('audit-event'), demo.auditor.organisation);
      // Also when the filters leave it out of the list: the link still opens that event.
      const filtered = new URL(page.url());
      const seq = filtered.searchParams.get('event');
      await page.goto(`/audit?personCode=NRM-1900-999999&event=${seq}`);
      await expectText(page.getByTestId('audit-event'), demo.auditor.organisation);
      await page.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.has('event')).toBe(false);
      filtered.searchParams.delete('event');
      await page.goto(filtered.pathname + filtered.search);
      await page.getByTestId('audit-table').waitFor();

      // The CSV holds what the filters match, the action in words next to its code.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('audit-export').click(),
      ]);
      const csv = readFileSync((await download.path()) as string, 'utf8')
        .trim()
        .split('\r\n');
      expect(csv[0]).toContain('seq,at,action,action_label,user,organisation');
      expect(csv.length).toBeGreaterThan(1);
      for (const line of csv.slice(1)) expect(line).toContain(',auth.signed_in,Signed in,');
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
