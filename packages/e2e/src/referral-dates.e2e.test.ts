import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, patience, pickCountry, referralIdOf, signedInPage } from './helpers.ts';

/** YYYY-MM-DD `days` before today in the browser's zone (the date input's own value). */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "12 Mar 2014" as the English interface writes a day (medium date style). */
function written(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(day));
}

/**
 * A referral made by telephone ten days ago is entered today with that day: the form says a day
 * in the future is not possible and the server refuses one beyond the administrator's limit;
 * the person's referrals list and the referral page show "sent …, recorded …"; the recipient
 * answers with an earlier day too. Both screens pass axe with the date fields open.
 */
describe.skipIf(!browserAvailable())('referral entered on the day it happened', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends and answers with earlier days, shown as recorded later', async () => {
    const sentOn = daysAgo(10);
    const police = await signedInPage(browser, demo.investigator.email);
    const page = police.page;
    await page.goto('/persons/new');
    await page.getByRole('combobox', { name: 'Sex' }).selectOption('Feminine');
    // A foreign adult: the routing rules propose the migration service and the assistance centre.
    await pickCountry(page, page.getByLabel('Citizenship'), 'Uzbek', 'Uzbekistan');
    // Languages are picked by name too, and read back by name.
    await pickCountry(page, page.getByLabel('Languages'), 'Uzb', 'Uzbek');
    await page.getByLabel('Given names').fill('Sevinj');
    await page.getByLabel('Family name').fill('Mammadova');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/, { timeout: patience });
    await expectText(page.locator('main'), /Languages\s+Uzbek\b/);

    await page.getByTestId('tab-referrals').click();
    await page.getByTestId('open-referral-form').click();
    const form = page.getByTestId('referral-form');
    await form.getByRole('checkbox', { name: /It was sent earlier/ }).check();
    const date = form.getByLabel('Date it was sent');
    // Typed day first in the interface language (dd/mm/yyyy in English), whatever the browser's.
    expect(await date.inputValue()).toBe(daysAgo(0).split('-').reverse().join('/'));
    // Further back than the administrator allows (30 days by default): refused, and said why.
    await date.fill(daysAgo(45));
    await form.getByRole('button', { name: 'Send referrals' }).click();
    await expectText(form, /Dates before .* cannot be entered/);
    expect(await seriousViolations(page, 'referral form with the sending date')).toEqual([]);
    await date.fill(sentOn);
    await form.getByRole('button', { name: 'Send referrals' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="referral-result"] [data-outcome="sent"]').length > 0,
      null,
      { timeout: patience },
    );
    const row = page.getByTestId('referral-row').first();
    const recordedLater = new RegExp(`${written(sentOn)}, recorded ${written(daysAgo(0))}`);
    await expectText(row.getByTestId('referral-sent'), recordedLater);
    const referralId = await referralIdOf(row);
    const recipient = (await row.textContent()) ?? '';
    await police.context.close();

    // The recipient is one of the routing rules' proposals; answer as whichever it is.
    const recipientUser = recipient.includes(demo.vac.organisation) ? demo.vac : demo.migration;
    const other = await signedInPage(browser, recipientUser.email);
    await other.page.goto(`/referrals/${referralId}`);
    const details = other.page.getByTestId('referral-details');
    await expectText(details, recordedLater);
    await other.page.getByRole('checkbox', { name: 'It happened earlier' }).check();
    const answered = other.page.getByLabel('Date it happened');
    await answered.fill(daysAgo(11));
    await other.page.getByRole('button', { name: 'Accept' }).click();
    await expectText(other.page.locator('main'), `The date cannot be before ${written(sentOn)}.`);
    expect(await seriousViolations(other.page, 'referral page with the answer date')).toEqual([]);
    await answered.fill(daysAgo(9));
    await other.page.getByRole('button', { name: 'Accept' }).click();
    await expectText(other.page.getByTestId('referral-action-feedback'), 'The referral is accepted.');
    await expectText(details, new RegExp(`Answered\\s+${written(daysAgo(9))}, recorded`));
    await other.context.close();
  });
});
