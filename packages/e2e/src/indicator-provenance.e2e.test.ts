import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { demo, expectText, patience, setSavedLocale, signedInPage } from './helpers.ts';

type Locale = 'en' | 'az' | 'ru';

/** What each language says of the child-labour list (derived, six items flagged) and of the 2012 list. */
const words: Record<
  Locale,
  { derived: string; rely: string; flaggedCount: string; verified: string; flag: string; child: string }
> = {
  en: {
    derived: 'Derived, not verified',
    rely: 'verify against the publication before relying on it',
    flaggedCount: 'Items flagged for review: 6',
    verified: 'Verified against the publication',
    flag: 'Flagged for review',
    child: 'can never be positive here',
  },
  az: {
    derived: 'Törədilib, yoxlanılmayıb',
    rely: 'ona etibar etməzdən əvvəl nəşrlə yoxlayın',
    flaggedCount: 'Yoxlama üçün işarələnmiş göstəricilər: 6',
    verified: 'Nəşrlə yoxlanılıb',
    flag: 'Yoxlama üçün işarələnib',
    child: 'heç vaxt müsbət nəticə almır',
  },
  ru: {
    derived: 'Выведен, не сверен',
    rely: 'прежде чем полагаться на него, сверьте с публикацией',
    flaggedCount: 'Индикаторов, отмеченных для проверки: 6',
    verified: 'Сверен с публикацией',
    flag: 'Отмечен для проверки',
    child: 'никогда не получит положительного результата',
  },
};

async function choose(page: Page, locale: Locale): Promise<void> {
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
  );
  await page.getByTestId('language-switch').selectOption(locale);
  expect((await saved).status()).toBe(200);
}

const row = (page: Page, key: string): Locator =>
  page.getByTestId('indicator-list-row').filter({ hasText: key });

/**
 * Issue 18 in the browser: the administrator's Indicator lists page and the screening form say
 * how sure each list is, in English, Azerbaijani and Russian, with no serious axe finding; the
 * administrator marks a version verified.
 */
describe.skipIf(!browserAvailable())('indicator list provenance in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await setSavedLocale(demo.admin.email, 'en').catch(() => undefined);
    await setSavedLocale(demo.caseWorker.email, 'en').catch(() => undefined);
    await browser?.close();
  });

  it('the Indicator lists page shows each list’s status and source in three languages', async () => {
    const { context, page } = await signedInPage(browser, demo.admin.email);
    try {
      await page.getByTestId('nav-indicator-lists').click();
      await page.waitForURL(/\/settings\/indicator-lists$/);
      await row(page, 'ilo-ec-2009-child-labour').waitFor({ timeout: patience });
      for (const locale of ['en', 'az', 'ru'] as const) {
        if (locale !== 'en') await choose(page, locale);
        const w = words[locale];
        const child = row(page, 'ilo-ec-2009-child-labour');
        await expectText(child, w.derived);
        await expectText(child, w.rely);
        await expectText(child, w.flaggedCount);
        await expectText(child, /Operational indicators of trafficking/);
        await expectText(row(page, 'ilo-forced-labour-2012'), w.verified);
        await expectText(row(page, 'ilo-forced-labour-2012'), /OpenNRM maintainers/);
        expect(await seriousViolations(page, `/settings/indicator-lists (${locale})`)).toEqual([]);
      }
      await choose(page, 'en');

      // The child-sexual list, verified: the document is required, the flagged items confirmed.
      const childSexual = row(page, 'ilo-ec-2009-child-sexual');
      await childSexual.getByRole('button', { name: /Mark as verified/ }).click();
      const form = page.getByTestId('verify-list-form');
      await form.getByRole('button', { name: 'Record the verification' }).click();
      // Each missing field says which it is, in words.
      await expectText(form, 'Fill in “Document checked against”.');
      await expectText(form, 'Check the items flagged for review, then tick this box.');
      await form
        .getByLabel('Document checked against')
        .fill('Operational indicators, revised September 2009 (English)');
      await form.getByLabel('Page or pages').fill('4');
      await form.getByRole('checkbox', { name: /items flagged for review too/ }).check();
      expect(await seriousViolations(page, 'verify list form')).toEqual([]);
      await form.getByRole('button', { name: 'Record the verification' }).click();
      await expectText(form.getByRole('status'), 'Recorded: version 2 is verified.');
      await expectText(childSexual, 'Verified against the publication');
      await expectText(childSexual, /Verified by Samir Aliyev/);
    } finally {
      await context.close();
    }
  });

  it('the screening form shows the list’s status, the flagged items and the child rule in three languages', async () => {
    const { context, page } = await signedInPage(browser, demo.caseWorker.email);
    try {
      await page.goto('/persons');
      await page.getByTestId('persons-table').waitFor({ timeout: patience });
      await page.getByTestId('person-row').first().getByRole('link').first().click();
      await page.getByTestId('tab-screenings').click();
      await page.getByRole('button', { name: 'New screening' }).click();
      const form = page.getByTestId('screening-form');
      await form.getByRole('radio', { name: 'Child' }).check();
      await form.getByRole('combobox', { name: 'Indicator list' }).selectOption('ilo-ec-2009-child-labour');
      const provenance = page.getByTestId('screening-list-provenance');
      await provenance.waitFor({ timeout: patience });
      // The screening goes a dimension at a time: open the step holding the flagged item.
      await form.getByTestId('step-coercion_at_destination').click();
      for (const locale of ['en', 'az', 'ru'] as const) {
        if (locale !== 'en') await choose(page, locale);
        const w = words[locale];
        await expectText(provenance, w.derived);
        await expectText(provenance, w.rely);
        await expectText(page.getByTestId('child-rule'), w.child);
        await expectText(
          form.getByTestId('indicator-coercion_at_destination.forced_tasks_or_clients'),
          w.flag,
        );
        expect(await seriousViolations(page, `screening form (${locale})`)).toEqual([]);
      }
      await choose(page, 'en');
    } finally {
      await context.close();
    }
  });
});
