import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, jsonFromPage, navTestIds, patience, signedInPage } from './helpers.ts';

interface CaseList {
  cases: { id: string; reference: string }[];
  total: number;
}

/**
 * Criminal cases from the demo (the seed's stories): the police work a case through its stages;
 * the case of the police officer is in the complicity compartment, which the integrity unit sees
 * and the officer's own colleagues never learn of, in counts, links or by its address.
 */
describe.skipIf(!browserAvailable())('criminal cases in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the integrity unit sees the complicity case; the investigator neither lists, counts nor opens it', async () => {
    const integrity = await signedInPage(browser, demo.integrity.email);
    expect(await navTestIds(integrity.page)).toContain('nav-cases');
    await integrity.page.getByTestId('nav-cases').click();
    await integrity.page.getByRole('combobox', { name: 'Public official involved' }).selectOption('true');
    const row = integrity.page.getByTestId('case-row').filter({ hasText: 'ATD-2014-031' });
    await expectText(row, /Official involved/i);
    await row.getByRole('link').click();
    await expectText(integrity.page.getByTestId('defendant-official'), 'Police officer');
    await expectText(integrity.page.getByTestId('defendant-measures'), /Dismissal/);
    const path = new URL(integrity.page.url()).pathname;
    expect(await seriousViolations(integrity.page, 'complicity case page')).toEqual([]);
    await integrity.context.close();

    const police = await signedInPage(browser, demo.investigator.email);
    await police.page.getByTestId('nav-cases').click();
    await expectText(police.page.getByTestId('cases-table'), 'ATD-2014-017');
    await expectText(police.page.getByTestId('cases-total'), 'Cases found: 3');
    const html = await police.page.content();
    expect(html).not.toContain('ATD-2014-031');
    expect(html.toLowerCase()).not.toContain('official involved');
    expect(await police.page.getByRole('combobox', { name: 'Public official involved' }).count()).toBe(0);
    const listed = await jsonFromPage<CaseList>(police.page, '/api/cases?complicity=true');
    expect(listed).toEqual({ cases: [], total: 0 });
    await police.page.goto(path);
    await police.page.getByTestId('case-no-access').waitFor({ timeout: patience });
    expect(await police.page.content()).not.toContain('ATD-2014-031');
    await police.context.close();
  });

  it('the police filter cases, read a replaced sentence as history and work a new case through its stages', async () => {
    const { context, page } = await signedInPage(browser, demo.investigator.email);
    await page.goto('/cases');
    await page.getByRole('combobox', { name: 'Year opened' }).selectOption('2013');
    await expectText(page.getByTestId('cases-total'), 'Cases found: 1');
    await expectText(page.getByTestId('cases-table'), 'ATD-2013-008');
    await page.getByRole('combobox', { name: 'Year opened' }).selectOption({ label: 'Any year' });
    await page.getByRole('combobox', { name: 'Article' }).selectOption('144-2');
    await expectText(page.getByTestId('cases-total'), 'Cases found: 2');
    expect(await seriousViolations(page, 'case list')).toEqual([]);

    await page.getByTestId('case-row').filter({ hasText: 'ATD-2014-017' }).getByRole('link').click();
    const timeline = page.getByTestId('defendant-timeline');
    await expectText(timeline, 'Prison term (months): 102');
    // The 8.5 years stay on the page as history; the year suspended is the sentence.
    await expectText(timeline.locator('[data-replaced="true"]'), 'Prison term (months): 102');
    await expectText(
      timeline.locator('[data-stage="sentence"]').last(),
      'Prison term (months): 12, suspended',
    );
    await expectText(page.getByTestId('defendant'), 'The latest sentence is lighter than the first.');
    expect(await seriousViolations(page, 'case page')).toEqual([]);
    // Compensation paid under the sentence, on its own day, and the total paid of what was ordered.
    const payment = page.getByTestId('record-payment-form');
    await payment.getByLabel('Amount paid').fill('2500');
    await payment.getByLabel('Paid on').fill('15/01/2015'); // day first, whatever the browser
    await payment.getByRole('button', { name: 'Record the payment' }).click();
    await expectText(page.getByTestId('defendant-payments'), /2,500 paid on/);
    await expectText(page.getByTestId('defendant-paid-total'), 'Paid in total: 2,500 of 5,000 ordered');

    await page.goto('/cases');
    const form = page.getByTestId('open-case-form');
    await form.getByLabel('Case number').fill('ATD-E2E-001');
    await form.getByLabel('Opened on').fill('2014-03-03');
    await form.getByRole('checkbox', { name: /144-1/ }).check();
    await form.getByRole('checkbox', { name: 'Forced labour', exact: true }).check();
    await form.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: 'Case ATD-E2E-001' }).waitFor();

    const suspect = page.getByTestId('add-defendant-form');
    await suspect.getByRole('combobox', { name: 'Suspect' }).selectOption('company');
    await suspect.getByLabel('Name (a person’s or a company’s)').fill('Brick Works LLC');
    await suspect.getByLabel('Suspect since').fill('2014-03-03');
    await suspect.getByRole('button', { name: 'Add the suspect' }).click();
    await expectText(page.getByTestId('defendant'), 'Company');
    expect(await page.content()).not.toContain('Brick Works LLC');
    await page.getByRole('button', { name: 'Show the name' }).click();
    await expectText(page.getByTestId('defendant-name'), 'Brick Works LLC');

    const stage = page.getByTestId('record-stage-form');
    await stage.getByRole('combobox', { name: 'Stage' }).selectOption('charged');
    await stage.getByLabel('The day it happened').fill('2014-05-05');
    await stage.getByRole('button', { name: 'Record the stage' }).click();
    await expectText(page.getByTestId('defendant-timeline').locator('[data-stage="charged"]'), 'Charged');

    const persons = await jsonFromPage<{ persons: { code: string }[] }>(page, '/api/persons?limit=1');
    const code = persons.persons[0]?.code ?? '';
    const victim = page.getByTestId('link-victim-form');
    await victim.getByLabel('Person code').fill(code);
    await victim.getByRole('checkbox', { name: 'Testified' }).check();
    await victim.getByLabel('Testified on').fill('2014-06-01');
    await victim.getByRole('checkbox', { name: 'Testimony by video' }).check();
    await victim.getByRole('button', { name: 'Link the victim' }).click();
    await expectText(page.getByTestId('case-victims'), code);
    await expectText(page.getByTestId('case-victims'), 'Testimony by video');
    expect(await seriousViolations(page, 'case page with forms used')).toEqual([]);
    await context.close();
  });
});
