import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';
import {
  actionsAllowed,
  actionsOffered,
  demo,
  expectText,
  patience,
  pickCountry,
  referralIdOf,
  signedInPage,
  statusFromPage,
} from './helpers.ts';

/**
 * The referral issue's browser test: police identify a foreign adult victim; the system proposes
 * the migration service and the victim assistance centre; with consent recorded both referrals go
 * out; the centre accepts and sees the person; the migration service declines with a reason and
 * loses access at once (its next request is 403).
 */
describe.skipIf(!browserAvailable())('referral in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('proposes, sends with consent, is accepted by one body and declined by the other', async () => {
    const police = await signedInPage(browser, demo.investigator.email);
    const page = police.page;
    await page.goto('/persons/new');
    await page.getByRole('combobox', { name: 'Sex' }).selectOption('Masculine');
    await pickCountry(page, page.getByLabel('Citizenship'), 'uz', 'Uzbekistan');
    await page.getByLabel('Given names').fill('Ulugbek');
    await page.getByLabel('Family name').fill('Rakhimov');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/, { timeout: patience });
    const personPath = new URL(page.url()).pathname;
    const code = (await page.getByTestId('person-code').first().textContent())?.trim() ?? '';

    await page.getByTestId('tab-decisions').click();
    const decision = page.getByTestId('decision-form');
    await decision.getByRole('radio', { name: 'Identified as a victim' }).check();
    await decision.getByLabel('Decided on').fill(new Date().toISOString().slice(0, 10));
    await decision.getByLabel('Grounds').fill('Found during a construction-site inspection.');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expectText(page.getByTestId('person-status'), /Identified/);

    await page.getByTestId('tab-consent').click();
    const consent = page.getByTestId('consent-form');
    await consent.getByRole('checkbox', { name: 'Share identity' }).check();
    await consent.getByRole('combobox', { name: 'Means' }).selectOption('written');
    await consent.getByLabel('Given on').fill(new Date().toISOString().slice(0, 10));
    await consent.getByRole('button', { name: 'Record consent' }).click();
    await page.getByTestId('consent-row').first().waitFor({ timeout: patience });

    await page.getByTestId('tab-referrals').click();
    await page.getByTestId('open-referral-form').click();
    const form = page.getByTestId('referral-form');
    await expectText(form, /State Migration Service/);
    await expectText(form, /Victim Assistance Center/);
    expect(
      await form.locator('[data-testid^="referral-proposal-"] input[type="checkbox"]:checked').count(),
    ).toBe(2);
    await form.getByRole('checkbox', { name: 'Share identity' }).check();
    await form.getByRole('button', { name: 'Send referrals' }).click();
    const results = page.getByTestId('referral-result');
    await expectText(results, /State Migration Service/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="referral-result"] [data-outcome="sent"]').length === 2,
      null,
      {
        timeout: patience,
      },
    );
    // The sender may only withdraw what it sent: its buttons are the server's `may`, nothing more.
    const sentRows = page.getByTestId('referral-row');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="referral-row"] [data-action]').length === 2,
      null,
      { timeout: patience },
    );
    for (const row of await sentRows.all()) {
      expect(await actionsOffered(row)).toEqual(['withdraw']);
      expect(await actionsAllowed(page, 'referral', await referralIdOf(row))).toEqual(['withdraw']);
    }
    await police.context.close();

    const vac = await signedInPage(browser, demo.vac.email);
    // The inbox pages each section; the person's code finds its referrals however many there are.
    await vac.page.goto(`/referrals?code=${code}`);
    const incoming = vac.page
      .getByTestId('inbox-incoming')
      .getByTestId('referral-row')
      .filter({ hasText: code });
    // The recipient decides: Accept and Decline, in the inbox and on the referral's own page.
    await incoming.getByRole('button', { name: 'Accept' }).waitFor({ timeout: patience });
    const vacReferral = await referralIdOf(incoming);
    expect(await actionsOffered(incoming)).toEqual(['accept', 'decline']);
    expect(await actionsAllowed(vac.page, 'referral', vacReferral)).toEqual(['accept', 'decline']);
    await vac.page.goto(`/referrals/${vacReferral}`);
    await vac.page.getByRole('button', { name: 'Accept' }).waitFor({ timeout: patience });
    expect(await actionsOffered(vac.page.locator('main'))).toEqual(['accept', 'decline']);
    await vac.page.goto(`/referrals?code=${code}`);
    await incoming.getByRole('button', { name: 'Accept' }).click();
    await expectText(vac.page.getByTestId('inbox-in-progress'), code);
    await vac.page.goto(personPath);
    await expectText(vac.page.getByTestId('person-code').first(), code);
    expect(await statusFromPage(vac.page, `/api${personPath}`)).toBe(200);
    // A recipient works with the record but does not widen access: only the owner shares or
    // records consent, so none of those controls is offered.
    await expectText(vac.page.getByTestId('person-organisations'), demo.vac.organisation);
    expect(await vac.page.getByTestId('share-form').count()).toBe(0);
    expect(await vac.page.getByRole('button', { name: /End access/ }).count()).toBe(0);
    await vac.page.getByTestId('tab-consent').click();
    await vac.page.getByRole('heading', { name: 'Consents', exact: true }).waitFor({ timeout: patience });
    expect(await vac.page.getByTestId('consent-form').count()).toBe(0);
    expect(await vac.page.getByRole('button', { name: /Withdraw consent/ }).count()).toBe(0);
    await vac.context.close();

    const sms = await signedInPage(browser, demo.migration.email);
    await sms.page.goto(`/referrals?code=${code}`);
    expect(await statusFromPage(sms.page, `/api${personPath}`)).toBe(200);
    const toDecide = sms.page
      .getByTestId('inbox-incoming')
      .getByTestId('referral-row')
      .filter({ hasText: code });
    await toDecide.getByRole('button', { name: 'Decline' }).click();
    const dialog = sms.page.getByTestId('reason-dialog');
    // A decline needs its reason: said by name at the top and under the field, gone once given.
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await expectText(dialog.getByTestId('error-summary'), 'Fill in “Reason”.');
    await dialog.getByLabel('Reason').fill('Holds a valid residence permit; no migration action needed.');
    await expect.poll(() => dialog.getByTestId('error-summary').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Decline' }).click();
    // A recipient that declined keeps nothing, not even the referral in its closed list.
    await toDecide.waitFor({ state: 'detached', timeout: patience });
    expect(await sms.page.getByTestId('inbox-closed').getByText(code).count()).toBe(0);
    expect(await statusFromPage(sms.page, `/api${personPath}`)).toBe(403);
    await sms.page.goto(personPath);
    await sms.page.getByTestId('person-no-access').waitFor({ timeout: patience });
    await sms.context.close();
  });
});
