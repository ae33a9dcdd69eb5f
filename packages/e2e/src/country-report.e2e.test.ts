import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, patience, signedInPage } from './helpers.ts';

// The demo's persons are decided in the last weeks before the server starts (statistics.e2e.test.ts).
const demoYear = new Date(Date.now() - 12 * 86_400_000).getUTCFullYear();

/** What a link gives when followed with the session: its status, type and first bytes. */
function fetchLink(
  page: Page,
  href: string,
): Promise<{ status: number; type: string | null; magic: string }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      magic: String.fromCharCode(...bytes.slice(0, 2)),
    };
  }, href);
}

describe.skipIf(!browserAvailable())('the country report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coordinator edits a number of the narrative, sees it flagged, downloads the DOCX and the XLSX, and releases it', async () => {
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    try {
      await page.goto(`/country-report?year=${demoYear}&tab=narrative&lang=en`);
      const summary = page.getByTestId('part-summary');
      const text = summary.getByTestId('part-text');
      await expectText(summary.getByRole('heading', { level: 2 }), 'Summary');
      await expect.poll(() => text.inputValue(), { timeout: patience }).toMatch(/victims identified — /);
      expect(await seriousViolations(page, '/country-report narrative')).toEqual([]);

      // The editor changes one figure of the summary's sentence.
      const draft = await text.inputValue();
      await text.fill(draft.replace(/victims identified — [^ (;.]+/, 'victims identified — 4321'));
      await summary.getByTestId('part-save').click();
      await expectText(summary.getByTestId('changed-numbers'), '4321 is not in the draft');
      await expect.poll(() => summary.getByTestId('part-text').inputValue()).toContain('— 4321');
      expect(await seriousViolations(page, '/country-report narrative with a changed number')).toEqual([]);

      const docx = (await page.getByTestId('narrative-docx').getAttribute('href')) ?? '';
      expect(await fetchLink(page, docx)).toEqual({
        status: 200,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        magic: 'PK',
      });
      await page.getByTestId('tab-submissions').click();
      await page.getByTestId('submission-table').waitFor();
      const xlsx = (await page.getByTestId('submission-xlsx').getAttribute('href')) ?? '';
      expect(await fetchLink(page, xlsx)).toEqual({
        status: 200,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        magic: 'PK',
      });
      // Sent: the questionnaire is frozen as released, each file listed with its SHA-256.
      await page.getByTestId('release-document').click();
      await expectText(page.getByTestId('country-report-release-table'), `opennrm-tip-${demoYear}-v1.xlsx`);
      expect(await seriousViolations(page, '/country-report questionnaires released')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
