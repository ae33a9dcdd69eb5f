import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, postFromPage, signedInPage } from './helpers.ts';

/**
 * Retention in the browser: the administrator holds a person, the data protection officer cannot
 * erase them while held, the hold is released after a second question, and the erasure itself is
 * asked once more, naming the code, before anything is destroyed.
 */
describe.skipIf(!browserAvailable())('legal holds and erasure in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a held person cannot be erased; released, they are erased only after the confirmation', async () => {
    const problems: string[] = [];
    const worker = await signedInPage(browser, demo.caseWorker.email);
    const { person } = await postFromPage<{ person: { id: string; code: string } }>(
      worker.page,
      '/api/persons',
      {
        gender: 'Feminine',
        identity: { givenNames: 'Leyla', familyName: 'Erasova' },
        confirmDuplicates: true,
      },
    );
    // What the owning organisation's worker is shown when she reveals the identity.
    const identityOf = (id: string) =>
      postFromPage<{ identity: Record<string, unknown> }>(worker.page, `/api/persons/${id}/identity/reveal`, {
        reason: 'Checking the erasure',
      }).then((answer) => answer.identity);

    const admin = await signedInPage(browser, demo.admin.email);
    const officer = await signedInPage(browser, demo.auditor.email);
    try {
      // The administrator: an empty hold says which fields are missing, by name.
      await admin.page.goto('/settings/retention');
      const holds = admin.page.getByTestId('legal-holds');
      await holds.getByRole('button', { name: 'Hold' }).click();
      await expectText(holds, 'Fill in “Person code”.');
      await expectText(holds, 'Fill in “Reason”.');
      await holds.getByLabel('Person code').fill(person.code);
      await holds.getByLabel('Reason').fill('Court order 2026/41: evidence in a pending appeal');
      await holds.getByRole('button', { name: 'Hold' }).click();
      await expectText(holds.getByTestId('legal-hold-row'), person.code);
      problems.push(...(await seriousViolations(admin.page, 'retention, a person held')));

      // The officer: a request without a reference is not sent; with one, the erasure asks first.
      await officer.page.goto('/data-subject-requests');
      const requests = officer.page.getByTestId('subject-requests');
      await requests.getByLabel('Person code').fill(person.code);
      await requests.getByRole('button', { name: 'Erase' }).click();
      await expectText(requests, 'Fill in “Request reference”.');
      expect(await officer.page.getByTestId('confirm-dialog').count()).toBe(0);
      await requests.getByLabel('Request reference').fill('DPO-2026/17');
      await requests.getByRole('button', { name: 'Erase' }).click();
      const dialog = officer.page.getByTestId('confirm-dialog');
      await expectText(dialog, `Erase ${person.code}?`);
      await expectText(dialog, 'This cannot be undone');
      problems.push(...(await seriousViolations(officer.page, 'erasure confirmation')));
      await dialog.getByRole('button', { name: 'Erase for good' }).click();
      // Held: refused, and the person's name is still there for those who may see it.
      await expectText(requests, /held/);
      expect(JSON.stringify(await identityOf(person.id))).toContain('Erasova');

      // The administrator releases the hold, after saying what it means.
      await holds.getByRole('button', { name: `Release ${person.code}` }).click();
      const release = admin.page.getByTestId('confirm-dialog');
      await expectText(release, `Release the hold on ${person.code}?`);
      await release.getByRole('button', { name: 'Cancel' }).click();
      await expectText(holds.getByTestId('legal-hold-row'), person.code);
      await holds.getByRole('button', { name: `Release ${person.code}` }).click();
      await admin.page.getByTestId('confirm-dialog').getByRole('button', { name: 'Release' }).click();
      await expect
        .poll(() => holds.getByTestId('legal-hold-row').filter({ hasText: person.code }).count())
        .toBe(0);

      // Cancelled, nothing happens; confirmed, the person is erased.
      await requests.getByRole('button', { name: 'Erase' }).click();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await requests.getByRole('status').count()).toBe(0);
      await requests.getByRole('button', { name: 'Erase' }).click();
      await dialog.getByRole('button', { name: 'Erase for good' }).click();
      await expectText(requests.getByRole('status'), `Erased ${person.code}.`);
      problems.push(...(await seriousViolations(officer.page, 'data subject requests, erased')));

      // The name is gone for its own organisation too.
      expect(JSON.stringify(await identityOf(person.id))).not.toContain('Erasova');
    } finally {
      await worker.context.close();
      await admin.context.close();
      await officer.context.close();
    }
    expect(problems).toEqual([]);
  });
});
