import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, jsonFromPage, navTestIds, signedInPage } from './helpers.ts';

/**
 * Prevention and coordination with the demo's plan (2014-2018), its ten TIP 2015
 * recommendations, awareness activities at eight places and the hotline's contacts.
 */
describe.skipIf(!browserAvailable())('prevention in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coordinator records an activity, corrects its place, then finds late activities and reports one done', async () => {
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    await page.getByTestId('nav-prevention').click();
    await expectText(page.getByTestId('awareness-total'), 'Activities: 8, in places: 8');
    await expectText(page.getByTestId('trainings-table'), 'Police: 24');
    const form = page.getByTestId('awareness-form');
    await form.getByLabel('Held on').fill('2014-11-20');
    await form.getByRole('combobox', { name: 'City or district' }).selectOption({ label: 'Balakan' });
    await form.getByLabel('Title').fill('Your rights as a migrant worker');
    await form.getByRole('combobox', { name: 'Audience' }).selectOption('foreign_migrant_workers');
    await form.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await form.getByRole('checkbox', { name: 'Leaflets' }).check();
    await form.getByLabel('People reached').fill('45');
    await form.getByRole('button', { name: 'Record the activity' }).click();
    // Counted, not typed: a ninth activity at a ninth place.
    await expectText(page.getByTestId('awareness-total'), 'Activities: 9, in places: 9');
    await expectText(page.getByTestId('awareness-table'), 'Foreign migrant workers');
    // It was held in Ganja, not Balakan: corrected, the places reached drop back to eight.
    await page
      .getByTestId('awareness-row')
      .filter({ hasText: 'Your rights as a migrant worker' })
      .getByRole('button', { name: 'Correct' })
      .click();
    const correction = page.getByTestId('awareness-correction-form');
    await correction.getByRole('combobox', { name: 'City or district' }).selectOption({ label: 'Ganja' });
    expect(await seriousViolations(page, 'prevention page, correcting')).toEqual([]);
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    await expectText(page.getByTestId('awareness-total'), 'Activities: 9, in places: 8');

    await page.getByTestId('prevention-tabs').getByRole('link', { name: 'Action plan' }).click();
    await expectText(page.getByTestId('plan-title'), 'National Action Plan');
    const late = page.getByTestId('plan-late');
    await expectText(late, '3.1 Train diplomats');
    await expectText(page.getByTestId('plan-not-reported'), 'State Migration Service');
    await expectText(page.getByTestId('plan-indicators'), 'Victims identified by state bodies');
    expect(await seriousViolations(page, 'action plan')).toEqual([]);

    const progress = page.getByTestId('plan-progress-form');
    const activity = progress.getByRole('combobox', { name: 'Activity' });
    await activity.selectOption(
      (await activity.locator('option', { hasText: '3.1 Train' }).getAttribute('value')) ?? '',
    );
    await progress.getByLabel('Year').fill('2016');
    await progress.getByRole('combobox', { name: 'Status' }).selectOption('done');
    await progress.getByLabel('What was done').fill('Consular staff trained in Baku, March 2016.');
    await progress.getByRole('button', { name: 'Report progress' }).click();
    await expectText(page.locator('[data-testid="plan-activity"][data-code="3.1"]'), 'Done');
    await expectText(
      page.locator('[data-testid="plan-activity"][data-code="3.1"]'),
      'Consular staff trained',
    );
    await expect.poll(() => late.textContent()).not.toContain('3.1 Train diplomats');
    await context.close();
  });

  it('the hotline records a call with the caller’s number: sealed out of the list, shown only on the contact, kept sealed through a correction', async () => {
    const { context, page } = await signedInPage(browser, demo.hotline.email);
    expect(await navTestIds(page)).toContain('nav-hotline');
    await page.getByTestId('nav-hotline').click();
    const form = page.getByTestId('hotline-form');
    // A live call: the five choices are set; only what differs is changed.
    await form.getByRole('combobox', { name: 'Caller' }).selectOption('possible_victim');
    await form.getByRole('combobox', { name: 'Topic' }).selectOption('labour_exploitation');
    await form.getByRole('combobox', { name: 'Outcome' }).selectOption('emergency_to_police');
    await form.getByLabel('Caller’s name or number').fill('Aygun, +994 50 555 12 34');
    await form.getByLabel('Notes').fill('Passport held by the employer in Sumgait.');
    await form.getByRole('button', { name: 'Record the contact' }).click();
    await expectText(form, 'Contact recorded');
    expect(await form.getByLabel('Caller’s name or number').inputValue()).toBe('');
    const row = page.getByTestId('hotline-contact-row').filter({ hasText: 'Emergency passed to the police' });
    await expectText(row.first(), 'A possible victim');
    expect(await page.content()).not.toContain('555 12 34');
    const listed = await jsonFromPage<unknown>(page, '/api/hotline/contacts');
    expect(JSON.stringify(listed)).not.toContain('555 12 34');
    expect(JSON.stringify(listed)).not.toContain('Sumgait');
    expect(await seriousViolations(page, 'hotline')).toEqual([]);

    await row.first().getByRole('button', { name: 'Open (caller gave an identity)' }).click();
    await expectText(page.getByTestId('hotline-contact-detail'), 'Aygun, +994 50 555 12 34');
    await expectText(page.getByTestId('hotline-contact-detail'), 'Passport held by the employer');
    expect(await seriousViolations(page, 'hotline contact opened')).toEqual([]);
    // The operator clicked the wrong outcome on the call: corrected afterwards, the caller still sealed.
    const correction = page.getByTestId('hotline-correction-form');
    await correction.getByRole('combobox', { name: 'Outcome' }).selectOption('referred_to_organisation');
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByTestId('hotline-contact-detail').waitFor({ state: 'detached' });
    await expectText(
      page.getByTestId('hotline-contact-row').filter({ hasText: 'Labour exploitation' }).first(),
      'Referred to an organisation',
    );
    expect(await page.content()).not.toContain('555 12 34');
    await context.close();
  });

  it('the coordinator answers a recommendation for the next year, its evidence kept', async () => {
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    await page.goto('/recommendations');
    const list = page.getByTestId('recommendation');
    await expectText(list.nth(9), 'foreign migrant workers');
    await expect.poll(() => list.count()).toBe(10);
    const funding = list.filter({ hasText: 'Increase funding to victim service providers' });
    // Named as the report names the table, never by its catalogue key.
    await expectText(
      funding.getByTestId('recommendation-evidence'),
      'Statistics: Funding allocated to victim assistance, by recipient and source',
    );
    const form = page.getByTestId('recommendation-status-form');
    const which = form.getByRole('combobox', { name: 'Recommendation' });
    await which.selectOption(
      (await which.locator('option', { hasText: 'TIP 2015 6.' }).getAttribute('value')) ?? '',
    );
    await form.getByLabel('Year').fill('2016');
    await form.getByRole('combobox', { name: 'Status' }).selectOption('partly_implemented');
    await form.getByLabel('Actions taken').fill('Grants to two NGO shelters outside Baku.');
    await form.getByRole('button', { name: 'Save the status' }).click();
    const answered = funding.locator('[data-testid="recommendation-year"][data-year="2016"]');
    await expectText(answered, 'Partly implemented');
    await expectText(answered, 'Grants to two NGO shelters');
    // The 2015 evidence goes on with the new year's status: the figures still show the progress.
    await expectText(
      answered.getByTestId('recommendation-evidence'),
      'Funding allocated to victim assistance',
    );
    expect(await seriousViolations(page, 'recommendations')).toEqual([]);
    await context.close();
  });
});
