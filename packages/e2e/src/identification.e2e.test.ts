import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectAttribute, expectText, patience, signedInPage, statusFromPage } from './helpers.ts';

/** Answers that make an adult a presumed victim on the ILO/EC adult labour list. */
const presumedVictim = [
  'deceptive_recruitment.nature_of_job',
  'deceptive_recruitment.wages',
  'exploitative_conditions.excessive_hours',
  'exploitative_conditions.low_or_no_pay',
  'coercion_at_destination.confiscation_of_documents',
  'coercion_at_destination.debt_bondage',
];

async function registerPerson(page: Page, given: string, family: string, birthDate: string): Promise<void> {
  await page.goto('/persons/new');
  await page.getByRole('combobox', { name: 'Sex' }).selectOption('Feminine');
  await page.getByLabel('Given names').fill(given);
  await page.getByLabel('Family name').fill(family);
  await page.getByLabel('Birth date').fill(birthDate);
}

/**
 * The identification issue's browser test: an NGO case worker screens a person and records the
 * presumed-victim recommendation; the police record the identification; the person counts as
 * identified by the state; a body with no link cannot open the record or find it.
 */
describe.skipIf(!browserAvailable())('identification in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('NGO screens, police identify, the state counts it, an unlinked body sees nothing', async () => {
    const ngo = await signedInPage(browser, demo.caseWorker.email);
    const { page } = ngo;
    await registerPerson(page, 'Rosalind', 'Macaraeg', '1992-04-18');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/, { timeout: patience });
    const personPath = new URL(page.url()).pathname;
    const code = (await page.getByTestId('person-code').first().textContent())?.trim() ?? '';
    expect(code).toMatch(/^NRM-\d{4}-\d{6}$/);
    await expect(page.content()).resolves.not.toContain('Rosalind');

    await page.getByTestId('tab-screenings').click();
    await page.getByRole('button', { name: 'New screening' }).click();
    const form = page.getByTestId('screening-form');
    await form.getByRole('radio', { name: 'Adult' }).check();
    const recommendation = page.getByTestId('screening-recommendation');
    // One dimension at a time: the first step's questions only, and the progress says so.
    await expectText(form.getByTestId('screening-progress'), /^Step 1 of 6 · 0 of \d+ questions answered$/);
    expect(await form.getByTestId(`indicator-${presumedVictim[2]}`).count()).toBe(0);
    for (const [i, key] of presumedVictim.entries()) {
      if (i === 3) {
        // A reload in the middle of the interview keeps the answers, the step and the form open.
        await page.reload();
        await expectText(form.getByTestId('screening-progress'), /^Step 4 of 6 · 3 of \d+/);
      }
      await form.getByTestId(`step-${key.split('.')[0]}`).click();
      await form.getByTestId(`indicator-${key}`).getByRole('radio', { name: 'Yes' }).check();
      // The recommendation follows the answers: presumed only once every part of the rule is met.
      if (i === 1) await expectAttribute(recommendation, 'data-recommendation', 'not_presumed');
    }
    await expectAttribute(recommendation, 'data-recommendation', 'presumed_victim');
    // The outcome is offered from the recommendation; the screener only confirms it.
    expect(await form.getByRole('combobox', { name: 'Outcome' }).inputValue()).toBe('presumed_victim');
    expect(await seriousViolations(page, 'screening form, a step')).toEqual([]);
    await form.getByRole('button', { name: 'Record screening' }).click();
    const history = page.getByTestId('screening-history');
    await expectText(history, /Presumed victim/);
    // What was answered stays readable, in the list's words.
    await history.getByTestId('show-screening-answers').first().click();
    await expectText(history.getByTestId('screening-answers'), /Debt bondage.*Yes/s);

    await page.getByTestId('tab-overview').click();
    const share = page.getByTestId('share-form');
    // Sent empty: the summary names what is missing, and each leaves it once given.
    await share.getByRole('button', { name: 'Share' }).click();
    await expectText(share.getByTestId('error-summary'), 'Fill in “Reason for sharing”.');
    await share.getByRole('combobox').selectOption({ label: demo.investigator.organisation });
    await share.getByLabel('Reason for sharing').fill('Identification decision by the police');
    await expect.poll(() => share.getByTestId('error-summary').count()).toBe(0);
    // Identity only goes with a consent covering the police (none is recorded): the server says so.
    await share.getByRole('checkbox', { name: 'Share identity too' }).check();
    await share.getByRole('button', { name: 'Share' }).click();
    await expectText(page.getByTestId('share-consent-required'), 'The person has not consented');
    expect(await share.getByLabel('Reason to share identity without consent').count()).toBe(0);
    expect(await seriousViolations(page, 'share form, consent required')).toEqual([]);
    await share.getByRole('checkbox', { name: 'Share identity too' }).uncheck();
    await share.getByRole('button', { name: 'Share' }).click();
    await expectText(page.getByTestId('person-organisations'), demo.investigator.organisation);
    await ngo.context.close();

    const police = await signedInPage(browser, demo.investigator.email);
    await police.page.goto(personPath);
    await police.page.getByTestId('tab-decisions').click();
    const decision = police.page.getByTestId('decision-form');
    await decision.getByRole('radio', { name: 'Identified as a victim' }).check();
    await decision.getByLabel('Decided on').fill(new Date().toISOString().slice(0, 10));
    await decision.getByLabel('Grounds').fill('Interview at the department; documents confirmed withheld.');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expectText(police.page.getByTestId('person-status'), /Identified/);
    expect(await police.page.getByTestId('ngo-only').count()).toBe(0);
    await police.page.getByTestId('tab-overview').click();
    // The second fact list is the identification one: who decided, and that the state did.
    await expectText(police.page.getByRole('tabpanel'), /MIA Anti-Trafficking Department · Police/);
    await police.context.close();

    const outsider = await signedInPage(browser, demo.prosecutor.email);
    await outsider.page.goto(personPath);
    await outsider.page.getByTestId('person-no-access').waitFor({ timeout: patience });
    expect(await outsider.page.content()).not.toContain('Rosalind');
    expect(await statusFromPage(outsider.page, `/api${personPath}`)).toBe(403);
    await outsider.page.goto(`/persons?code=${code}`);
    await outsider.page.getByText('No persons match these filters.').waitFor({ timeout: patience });
    // The code is in the search box (typed by the user); no row carries it.
    expect(await outsider.page.getByTestId('person-row').count()).toBe(0);
    await outsider.context.close();
  });

  it('lets the police share identity without consent only with a reason (the override)', async () => {
    const { context, page } = await signedInPage(browser, demo.investigator.email);
    await registerPerson(page, 'Otabek', 'Yusupov', '1987-02-11');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/, { timeout: patience });
    const share = page.getByTestId('share-form');
    await share.getByRole('combobox').selectOption({ label: demo.prosecutor.organisation });
    await share.getByLabel('Reason for sharing').fill('Criminal proceedings against the recruiter');
    await share.getByRole('checkbox', { name: 'Share identity too' }).check();
    await share.getByRole('button', { name: 'Share' }).click();
    await expectText(page.getByTestId('share-consent-required'), 'in an emergency, give a reason');
    const override = share.getByLabel('Reason to share identity without consent');
    await override.fill('The person is in immediate danger; the prosecutor must act today.');
    expect(await seriousViolations(page, 'share form, override')).toEqual([]);
    await share.getByRole('button', { name: 'Share' }).click();
    await expectText(share, 'The record is shared.');
    await expectText(page.getByTestId('person-organisations'), demo.prosecutor.organisation);
    expect(await override.count()).toBe(0);
    await context.close();
  });

  it('says a person is held elsewhere without naming the holder, who is asked to get in touch', async () => {
    const ngo = await signedInPage(browser, demo.caseWorker.email);
    await registerPerson(ngo.page, 'Nərmin', 'Quliyeva', '1998-09-03');
    await ngo.page.getByRole('button', { name: 'Create', exact: true }).click();
    await ngo.page.waitForURL(/\/persons\/[0-9a-f-]{36}$/, { timeout: patience });
    const personPath = new URL(ngo.page.url()).pathname;
    const code = (await ngo.page.getByTestId('person-code').first().textContent())?.trim() ?? '';
    // The same organisation registering again is shown its own record, to open.
    await registerPerson(ngo.page, 'Nərmin', 'Quliyeva', '1998-09-03');
    const own = ngo.page.getByTestId('possible-duplicate').getByRole('link', { name: `Open record ${code}` });
    await expectAttribute(own, 'href', personPath);
    expect(await ngo.page.getByTestId('duplicate-elsewhere').count()).toBe(0);
    await ngo.context.close();

    // Another body, in Cyrillic: a match exists, but not where (that would locate the person).
    const migration = await signedInPage(browser, demo.migration.email);
    const { page } = migration;
    await registerPerson(page, 'Нармин', 'Гулиева', '1998-09-03');
    const warning = page.getByTestId('possible-duplicate');
    await expectText(warning, 'Another organisation holds a possible record of this person.');
    await expectText(warning, 'For the person’s safety it is not named.');
    const problems = await seriousViolations(page, 'new person form, held elsewhere');
    await warning.getByRole('button', { name: 'Ask the holder to contact us' }).click();
    await expectText(
      page.getByTestId('contact-requested'),
      'The holder has been asked to contact your organisation.',
    );
    problems.push(...(await seriousViolations(page, 'new person form, contact requested')));
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expectText(page.getByTestId('possible-duplicate').first(), 'Confirm and create');
    await expectText(page.getByTestId('possible-duplicate').first(), 'Another organisation holds');
    // Already asked for this name and date: the refusal remembers it instead of asking again.
    await expectText(page.getByTestId('contact-requested'), 'The holder has been asked');
    expect(await page.getByRole('button', { name: 'Ask the holder to contact us' }).count()).toBe(0);
    expect(page.url()).toMatch(/\/persons\/new$/);
    expect(await page.getByLabel('Given names').inputValue()).toBe('Нармин');
    // biome-ignore lint/performance/useDomNodeTextContent: what the user can read on the page
    const shown = await page.locator('body').innerText();
    expect(shown).not.toContain(demo.caseWorker.organisation);
    expect(shown).not.toContain(code);
    await migration.context.close();

    // The holder is told who asks, about its own record, and decides what to do.
    const holder = await signedInPage(browser, demo.caseWorker.email);
    await holder.page.getByTestId('notifications').click();
    const request = holder.page
      .getByTestId('notifications-list')
      .getByRole('link', { name: `${demo.migration.organisation} asks you to contact them about ${code}` });
    await request.waitFor({ timeout: patience });
    problems.push(...(await seriousViolations(holder.page, 'notifications with a contact request')));
    await request.click();
    await expectText(holder.page.getByTestId('persons-table'), code);
    await holder.context.close();
    expect(problems).toEqual([]);
  });

  it('keeps the persons screens accessible (axe: no serious or critical violation)', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    const problems: string[] = [];
    const check = async (name: string) => problems.push(...(await seriousViolations(page, name)));
    await page.goto('/persons');
    await page.getByTestId('persons-table').waitFor({ timeout: patience });
    await check('persons list');
    await page.getByTestId('person-row').first().getByRole('link').first().click();
    await page.getByTestId('tab-overview').waitFor({ timeout: patience });
    for (const tab of ['overview', 'identity', 'screenings', 'exploitation', 'decisions']) {
      await page.getByTestId(`tab-${tab}`).click();
      await check(`person page, ${tab} tab`);
    }
    await page.getByTestId('tab-screenings').click();
    await page.getByRole('button', { name: 'New screening' }).click();
    await page.getByTestId('screening-form').waitFor({ timeout: patience });
    await check('screening form');
    await page.goto('/persons/new');
    await page.getByLabel('Given names').waitFor({ timeout: patience });
    await check('new person form');
    // Saved with the sex missing: the summary at the top names the field and links to it...
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const summary = page.getByTestId('error-summary');
    await expectText(summary, 'Check these fields');
    await check('new person form, error summary');
    await summary.getByRole('link', { name: /^Sex: Choose the sex/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-gender');
    // ...and both the summary and the field's message go as soon as it is fixed.
    await page.getByRole('combobox', { name: 'Sex' }).selectOption('Feminine');
    await summary.waitFor({ state: 'detached' });
    expect(await page.getByText('Choose the sex.').count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });
});
