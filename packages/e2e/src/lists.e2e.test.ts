import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, jsonFromPage, patience, signedInPage } from './helpers.ts';

/** A POST the page makes itself, with its cookies and CSRF token, as the app would. */
async function postFromPage<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    { path, body },
  ) as Promise<T>;
}

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

  it('inbox: each section pages, searches by person code and sorts by deadline', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    const problems: string[] = [];
    try {
      const vac = await jsonFromPage<{ organisations: { id: string; name: string }[] }>(
        page,
        '/api/organisations',
      ).then((r) => r.organisations.find((o) => o.name === demo.vac.organisation));
      const sent: string[] = [];
      for (const urgency of ['normal', 'urgent', 'normal']) {
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

      // A code fragment narrows every section to that person's referrals.
      const target = sent[1] as string;
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
      // Wait for the filtered rows themselves (a normal referral there, the urgent one gone), not
      // only for the urgent one to be gone: a section between two answers has no rows and no
      // sortable header either.
      await expect
        .poll(async () => {
          const rows = (await outgoing.getByTestId('referral-row').allInnerTexts()).join(' ');
          return rows.includes(sent[2] as string) && !rows.includes(target);
        })
        .toBe(true);
      const deadline = outgoing.getByRole('columnheader', { name: /Answer by/ });
      await outgoing.getByRole('button', { name: /Answer by/ }).click();
      await page.waitForURL(/outgoingOrder=desc/);
      await expect.poll(() => deadline.getAttribute('aria-sort')).toBe('descending');
      // The newest referral has the latest deadline.
      await expect
        .poll(async () =>
          ((await outgoing.getByTestId('referral-row').first().textContent()) ?? '').includes(
            sent[2] as string,
          ),
        )
        .toBe(true);
      problems.push(...(await seriousViolations(page, 'inbox, filtered and sorted')));
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
