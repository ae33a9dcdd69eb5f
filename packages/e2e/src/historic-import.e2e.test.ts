import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, navTestIds, signedInPage } from './helpers.ts';

const csv = (rows: string[]) => ({
  name: 'persons.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(rows.join('\n')),
});

describe.skipIf(!browserAvailable())('loading previous years', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the administrator checks a file, sees each error where it is, then imports a correct one', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    try {
      expect(await navTestIds(page)).toContain('nav-historic-import');
      await page.getByTestId('nav-historic-import').click();
      await page.waitForURL(/\/settings\/history$/);
      const upload = page.getByTestId('historic-import-upload');
      await upload
        .getByRole('combobox', { name: 'Organisation' })
        .selectOption({ label: demo.investigator.organisation });
      await page.getByRole('link', { name: 'persons.csv' }).waitFor();
      expect(await seriousViolations(page, '/settings/history')).toEqual([]);

      await page
        .locator('input[type="file"]')
        .setInputFiles(csv(['source_id,sex,birth_year', 'E2E-1,Woman,1990']));
      await upload.getByRole('button', { name: 'Check the file' }).click();
      const errors = page.getByTestId('import-errors');
      await expectText(errors, '"Woman" is not in the code list sexes.');
      expect(await errors.getByTestId('import-error-row').first().locator('td').allTextContents()).toEqual([
        'persons',
        '2',
        'sex',
        '"Woman" is not in the code list sexes.',
      ]);
      expect(await upload.getByTestId('import-confirm').count()).toBe(0);
      expect(await seriousViolations(page, '/settings/history with errors')).toEqual([]);

      const id = `E2E-${Date.now()}`;
      await page
        .locator('input[type="file"]')
        .setInputFiles(csv(['source_id,sex,birth_year', `${id},Masculine,1980`]));
      await upload.getByRole('button', { name: 'Check the file' }).click();
      await expectText(page.getByTestId('import-preview'), 'No errors: nothing has been written yet.');
      await upload.getByTestId('import-confirm').click();
      const dialog = page.getByTestId('confirm-dialog');
      await expectText(dialog, 'persons.csv');
      expect(await seriousViolations(page, '/settings/history confirm')).toEqual([]);
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expectText(page.getByTestId('import-result'), 'The file was imported.');
      await expectText(page.getByTestId('import-runs'), demo.investigator.organisation);
      expect(await seriousViolations(page, '/settings/history imported')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is not offered to anyone else', async () => {
    const { context, page } = await signedInPage(browser, demo.coordinator.email);
    try {
      expect(await navTestIds(page)).not.toContain('nav-historic-import');
    } finally {
      await context.close();
    }
  });
});
