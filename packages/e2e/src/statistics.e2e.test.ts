import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, setSavedLocale, signedInPage } from './helpers.ts';

/**
 * The demo persons are screened and decided within the last few weeks (cli/src/demo), so the
 * year with figures is the current one; the page opens on the last full year, as a report would.
 */
const currentYear = new Date().getUTCFullYear();
// The demo's persons are screened 3 to 40 days before the server starts (a screening 12 days
// ago at the latest): early in January their year is the previous one.
const demoYear = new Date(Date.now() - 12 * 86_400_000).getUTCFullYear();

/** Status and content type of a same-origin download link, fetched with the page's session. */
function fetchLink(page: Page, href: string): Promise<{ status: number; type: string; size: number }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    const body = await response.arrayBuffer();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      size: body.byteLength,
    };
  }, href);
}

async function chooseYear(page: Page, year: number): Promise<void> {
  await page.getByRole('combobox', { name: 'Year' }).selectOption({ label: `${year} (to date)` });
  await page.waitForURL(new RegExp(`year=${year}`));
  await expectText(page.getByTestId('report-periods'), `${year} compared with ${year - 1}`);
}

describe.skipIf(!browserAvailable())('the annual report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await setSavedLocale(demo.coordinator.email, 'en').catch(() => undefined);
    await browser?.close();
  });

  it('the coordinator reads the demo year internally, then as published with small figures hidden', async () => {
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    try {
      await page.getByTestId('nav-statistics').click();
      await page.waitForURL(/\/statistics/);
      await expectText(page.getByRole('heading', { level: 1 }), 'Annual report');
      // An annual report is about the last year that has ended.
      await expectText(
        page.getByTestId('report-periods'),
        `${currentYear - 1} compared with ${currentYear - 2}`,
      );

      await chooseYear(page, demoYear);
      await expectText(page.getByTestId('report-scope-text'), 'Whole country');
      const narrative = page.getByTestId('report-narrative');
      expect(await narrative.locator('p').count()).toBeGreaterThan(0);
      await expectText(narrative, /\d/);
      const sections = page.getByTestId('report-section');
      expect(await sections.count()).toBeGreaterThan(5);
      const first = sections.first();
      await expectText(first.locator('caption'), `${demoYear} compared with ${demoYear - 1}`);
      expect(await first.locator('th[scope="row"]').count()).toBeGreaterThan(1);
      expect(await first.getByTestId('report-chart').getByRole('img').count()).toBe(1);

      // The contents lead to every table's heading.
      const contents = page.getByTestId('report-contents');
      expect(await contents.getByRole('link').count()).toBe((await sections.count()) + 1);
      const second = contents.getByRole('link').nth(2);
      const target = ((await second.getAttribute('href')) ?? '').slice(1);
      await second.click();
      await page.waitForURL(new RegExp(`#${target}$`));
      expect(await page.locator(`#${target}`).isVisible()).toBe(true);

      // The coordinator holds aggregates only: no figure offers records it could not open.
      expect(await page.getByTestId('report-table').getByRole('button').count()).toBe(0);
      expect(await seriousViolations(page, '/statistics (internal)')).toEqual([]);

      await page.getByLabel('Published (small figures hidden)').click();
      await page.waitForURL(/view=published/);
      const legend = page.getByTestId('suppression-legend');
      await expectText(legend, 'Signs in the tables');
      // Every hidden figure carries the same mark, and the legend says what it means.
      await expect
        .poll(
          async () =>
            (await page.getByTestId('report-table').locator('td').allInnerTexts()).filter((t) => t === 'x')
              .length,
        )
        .toBeGreaterThan(0);
      const texts = await page.getByTestId('report-table').locator('td').allInnerTexts();
      expect(texts.filter((t) => t.startsWith('<') || t === '×')).toEqual([]);
      await expectText(legend, 'x: not shown to protect confidentiality');
      // Published figures are for reading: none of them opens records.
      expect(await page.getByTestId('report-table').getByRole('button').count()).toBe(0);
      expect(await seriousViolations(page, '/statistics (published)')).toEqual([]);

      // The same report as files, with the same choice of year and view.
      for (const [testId, type] of [
        ['download-xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        ['download-pdf', 'application/pdf'],
      ] as const) {
        const href = (await page.getByTestId(testId).getAttribute('href')) ?? '';
        expect(href).toContain(`year=${demoYear}`);
        expect(href).toContain('view=published');
        const answer = await fetchLink(page, href);
        expect(answer, testId).toMatchObject({ status: 200 });
        expect(answer.type).toContain(type);
        expect(answer.size).toBeGreaterThan(500);
      }
      const csv = (await page.getByTestId('download-csv').first().getAttribute('href')) ?? '';
      const answer = await fetchLink(page, csv);
      expect(answer.status).toBe(200);
      expect(answer.type).toContain('text/csv');
    } finally {
      await context.close();
    }
  });

  it('a case worker sees their own organisation’s figures and opens the persons behind one', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    try {
      await page.getByTestId('nav-statistics').click();
      await page.waitForURL(/\/statistics/);
      await chooseYear(page, demoYear);
      await expectText(
        page.getByTestId('report-scope-text'),
        `Organisation: ${demo.caseWorker.organisation}`,
      );
      // The server decides whose records: there is nothing for them to choose.
      expect(await page.getByTestId('report-scope').count()).toBe(0);

      await page.getByTestId('report-table').getByRole('button').first().click();
      const drawer = page.getByRole('dialog');
      await drawer.getByTestId('drill-down-result').waitFor();
      const codes = drawer.getByRole('link');
      await codes.first().waitFor();
      expect(await codes.first().getAttribute('href')).toMatch(/^\/persons\/[0-9a-f-]{36}$/);
      const code = (await codes.first().textContent()) ?? '';
      await codes.first().click();
      await page.waitForURL(/\/persons\//);
      await expectText(page.getByRole('heading', { level: 1 }), code);
    } finally {
      await context.close();
    }
  });

  it('the report comes in the interface language: Russian titles and narrative', async () => {
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    try {
      await page.goto(`/statistics?year=${demoYear}&view=internal`);
      await expectText(page.getByTestId('report-periods'), `${demoYear} compared with ${demoYear - 1}`);
      const english = await page.getByTestId('report-section').first().getByRole('heading').textContent();
      const asked = page.waitForRequest(
        (r) => r.url().includes('/api/statistics/report?') && r.url().includes('locale=ru'),
      );
      await page.getByTestId('language-switch').selectOption('ru');
      await asked;
      await expectText(page.getByRole('heading', { level: 1 }), 'Годовой отчёт');
      await expectText(page.getByTestId('report-periods'), `${demoYear} в сравнении с ${demoYear - 1}`);
      await expectText(page.getByTestId('report-section').first().getByRole('heading'), /[а-яё]/i);
      expect(await page.getByTestId('report-section').first().getByRole('heading').textContent()).not.toBe(
        english,
      );
      await expectText(page.getByTestId('report-narrative'), /[а-яё]{4}/i);
      expect(await page.getByTestId('download-pdf').getAttribute('href')).toContain('locale=ru');
    } finally {
      await setSavedLocale(demo.coordinator.email, 'en');
      await context.close();
    }
  });
});
