import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, jsonFromPage, patience, signedInPage } from './helpers.ts';

/**
 * Protection in the browser, on the demo country: the Support tab of a person (services and her
 * own choice not to cooperate, shown apart), the shelter board and a facility page (residents and
 * address for the facility's own staff only), the funding page in three languages; axe on each.
 */
describe.skipIf(!browserAvailable())('protection in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The demo's first person (Jocelyn, the NGO's): the lowest code the case worker holds. */
  async function firstDemoPerson(page: Page): Promise<string> {
    await page.goto('/persons');
    const { persons } = await jsonFromPage<{ persons: { id: string; code: string }[] }>(
      page,
      '/api/persons?limit=200',
    );
    return [...persons].sort((a, b) => a.code.localeCompare(b.code))[0]!.id;
  }

  it('shows the services and, apart, the person’s own choice; records a service', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    try {
      const id = await firstDemoPerson(page);
      await page.goto(`/persons/${id}?tab=support`);
      const services = page.getByTestId('services-table');
      await expectText(services, 'Financial allowance');
      await expectText(page.getByTestId('cooperation-now'), /Not willing/);
      const form = page.getByTestId('service-form');
      await form.getByRole('combobox', { name: 'Service' }).selectOption('medical');
      await form.getByRole('button', { name: 'Save' }).click();
      await expectText(services, 'Medical care');
      expect(await seriousViolations(page, 'support tab')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the board nationally without addresses or residents, and residents to the facility’s staff', async () => {
    const coordinator = await signedInPage(browser, demo.coordinator.email);
    try {
      await coordinator.page.goto('/shelters');
      const table = coordinator.page.getByTestId('shelters-table');
      await expectText(table, 'MIA shelter, Baku');
      await expectText(table, 'No — a closed facility');
      await expectText(coordinator.page.getByTestId('regions-table'), 'Ganja');
      expect(await coordinator.page.content()).not.toContain('Demo shelter address');
      expect(await seriousViolations(coordinator.page, 'shelter board')).toEqual([]);
      await table.getByRole('link', { name: 'New Life, Ganja' }).click();
      await coordinator.page.getByTestId('facility-occupancy').waitFor({ timeout: patience });
      expect(await coordinator.page.getByTestId('facility-residents').count()).toBe(0);
    } finally {
      await coordinator.context.close();
    }
    const staff = await signedInPage(browser, demo.ngoShelter.email);
    try {
      await staff.page.goto('/shelters');
      await staff.page.getByTestId('shelters-table').getByRole('link', { name: 'New Life, Ganja' }).click();
      await expectText(staff.page.getByTestId('facility-residents'), /NRM-/);
      await staff.page.getByRole('button', { name: 'Show the address' }).click();
      await expectText(staff.page.getByTestId('facility-address'), 'Demo shelter address, Ganja (sealed)');
      expect(await seriousViolations(staff.page, 'facility page')).toEqual([]);
    } finally {
      await staff.context.close();
    }
  });

  it('shows the funding to finance, how much reached NGOs, in English, Azerbaijani and Russian', async () => {
    const { context, page } = await signedInPage(browser, demo.finance.email);
    try {
      await page.goto('/funding');
      await expectText(page.getByTestId('funding-to-ngos'), /Allocated to NGOs: 12,000 of 302,000/);
      await expectText(page.getByTestId('funding-allocations'), 'MIA-run shelter, Baku');
      expect(await seriousViolations(page, 'funding page')).toEqual([]);
      for (const [locale, words] of [
        ['az', 'QHT-lərə ayrılıb'],
        ['ru', 'Выделено НПО'],
        ['en', 'Allocated to NGOs'],
      ] as const) {
        const saved = page.waitForResponse(
          (r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH',
        );
        await page.getByTestId('language-switch').selectOption(locale);
        await saved;
        await expectText(page.getByTestId('funding-to-ngos'), new RegExp(words));
        if (locale !== 'en') expect(await seriousViolations(page, `funding page (${locale})`)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  it('keeps the funding from front-line staff', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    try {
      await page.goto('/funding');
      await page.getByRole('alert').first().waitFor({ timeout: patience });
      expect(await page.getByTestId('funding-to-ngos').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
