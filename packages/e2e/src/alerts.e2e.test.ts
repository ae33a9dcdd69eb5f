import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { actionsAllowed, actionsOffered, demo, expectText, patience, signedInPage } from './helpers.ts';

/** A potential case: the NGO alerts the police about a situation before anyone is identified. */
describe.skipIf(!browserAvailable())('potential-case alerts in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is sent, acknowledged and discussed by the two bodies, and closed to everyone else', async () => {
    const ngo = await signedInPage(browser, demo.caseWorker.email);
    await ngo.page.goto('/referrals');
    await ngo.page.getByTestId('alerts-link').click();
    const form = ngo.page.getByTestId('alert-form');
    await form
      .getByRole('combobox', { name: 'Alert this organisation' })
      .selectOption({ label: demo.investigator.organisation });
    await form.getByRole('combobox', { name: 'What the alert is about' }).selectOption('workplace');
    await form.getByLabel('Short title').fill('Tea house, Binagadi');
    await form.getByLabel('Details').fill('Two boys serve tea until late; the owner keeps their documents.');
    await form.getByRole('button', { name: 'Send alert' }).click();
    await expectText(ngo.page.getByTestId('alerts-table'), 'Tea house, Binagadi');
    expect(await seriousViolations(ngo.page, 'alerts list')).toEqual([]);
    await ngo.context.close();

    const police = await signedInPage(browser, demo.investigator.email);
    // The home page counts the alerts to acknowledge and its link opens exactly those.
    const toAcknowledge = police.page.getByTestId('today-alerts_to_acknowledge').getByRole('link');
    const counted = (((await toAcknowledge.textContent()) ?? '').match(/\d+$/) ?? [''])[0];
    await toAcknowledge.click();
    await police.page.waitForURL(/\/alerts\?awaiting=true$/);
    expect(await police.page.getByLabel('Only alerts waiting for your acknowledgement').isChecked()).toBe(
      true,
    );
    await expectText(police.page.getByTestId('alerts-more-status'), new RegExp(`\\b${counted}$`));
    await police.page
      .getByTestId('alert-row')
      .filter({ hasText: 'Tea house, Binagadi' })
      .getByRole('link')
      .first()
      .click();
    await expectText(police.page.getByTestId('alert-details'), /owner keeps their documents/);
    const alertPath = new URL(police.page.url()).pathname;
    // The alerted body may acknowledge or close: the buttons are the server's `may`, nothing more.
    await police.page.getByRole('button', { name: 'Acknowledge' }).waitFor({ timeout: patience });
    expect(await actionsOffered(police.page.locator('main'))).toEqual(['acknowledge', 'close']);
    expect(await actionsAllowed(police.page, 'alert', alertPath.split('/').pop() ?? '')).toEqual([
      'acknowledge',
      'close',
    ]);
    await police.page.getByRole('button', { name: 'Acknowledge' }).click();
    await expectText(police.page.getByTestId('alert-status').first(), /Acknowledged/);
    // An empty message is not sent: the form says what it lacks, by name, until it is written.
    const messageForm = police.page.getByTestId('message-form');
    await police.page.getByRole('button', { name: 'Send message' }).click();
    await expectText(messageForm.getByTestId('error-summary'), 'Fill in “Message”.');
    await messageForm.getByRole('textbox').fill('Inspection on Monday.');
    await expect.poll(() => messageForm.getByTestId('error-summary').count()).toBe(0);
    await police.page.getByRole('button', { name: 'Send message' }).click();
    await expectText(police.page.getByTestId('referral-message').first(), 'Inspection on Monday.');
    expect(await seriousViolations(police.page, 'alert page')).toEqual([]);
    await police.context.close();

    const outsider = await signedInPage(browser, demo.prosecutor.email);
    await outsider.page.goto(alertPath);
    await outsider.page.getByTestId('alert-no-access').waitFor({ timeout: patience });
    expect(await outsider.page.content()).not.toContain('owner keeps their documents');
    await outsider.context.close();
  });
});
