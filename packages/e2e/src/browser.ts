import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from './global-setup.ts';

export const browserAvailable = () => inject('browserAvailable');
export const baseUrl = () => inject('baseUrl');

/**
 * The system's Chromium, headless, with the network chatter this machine refuses turned off.
 * Playwright gives it a fresh temporary profile of its own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies) with a page on the app. */
export async function openPage(
  browser: Browser,
  locale = 'en-GB',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale,
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  return { context, page };
}
