import {
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Response,
  request,
} from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, openPage } from './browser.ts';

/** The demo country's users (packages/cli/src/demo/demo-country.ts); one password for all. */
export const demoPassword = 'OpenNRM-demo-2015';

export interface DemoUser {
  email: string;
  name: string;
  organisation: string;
}

export const demo = {
  admin: { email: 'admin@demo.opennrm.org', name: 'Samir Aliyev', organisation: 'OpenNRM system operator' },
  coordinator: {
    email: 'coordinator@demo.opennrm.org',
    name: 'Leyla Mammadova',
    organisation: 'Office of the National Coordinator',
  },
  caseWorker: {
    email: 'caseworker@demo.opennrm.org',
    name: 'Aysel Huseynova',
    organisation: 'Safe Home (NGO shelter, Baku)',
  },
  vac: { email: 'vac@demo.opennrm.org', name: 'Nigar Hasanova', organisation: 'Victim Assistance Center' },
  migration: {
    email: 'migration@demo.opennrm.org',
    name: 'Rashad Guliyev',
    organisation: 'State Migration Service',
  },
  investigator: {
    email: 'investigator@demo.opennrm.org',
    name: 'Elchin Ismayilov',
    organisation: 'MIA Anti-Trafficking Department',
  },
  prosecutor: {
    email: 'prosecutor@demo.opennrm.org',
    name: 'Farid Abbasov',
    organisation: "Prosecutor General's Office",
  },
  integrity: {
    email: 'integrity@demo.opennrm.org',
    name: 'Nurlan Safarov',
    organisation: "Prosecutor General's Office",
  },
  shelter: {
    email: 'shelter@demo.opennrm.org',
    name: 'Gunel Karimova',
    organisation: 'MIA-run shelter, Baku',
  },
  hotline: {
    email: 'hotline@demo.opennrm.org',
    name: 'Kamran Babayev',
    organisation: 'Anti-trafficking hotline 152',
  },
  auditor: {
    email: 'auditor@demo.opennrm.org',
    name: 'Tural Najafov',
    organisation: 'OpenNRM system operator',
  },
  finance: {
    email: 'finance@demo.opennrm.org',
    name: 'Rauf Mammadli',
    organisation: 'Office of the National Coordinator',
  },
  ngoShelter: {
    email: 'ngo-shelter@demo.opennrm.org',
    name: 'Sevinj Rzayeva',
    organisation: 'New Life (NGO shelter, Ganja)',
  },
} as const satisfies Record<string, DemoUser>;

/** How long a user would reasonably wait for something to appear. */
export const patience = 15_000;

/** A fresh context (own cookies and storage) with the page's default waits set to `patience`. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openPage(browser);
  opened.context.setDefaultTimeout(patience);
  return opened;
}

/** Fills the sign-in form (without submitting). */
export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
}

/** Signs in through the form and waits until the signed-in header shows who it is. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  try {
    await fillSignIn(page, email, password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('current-user-name').waitFor();
  } catch (cause) {
    // Say what the user would have seen instead, so a failure explains itself.
    const shown = await page
      .locator('body')
      // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, as the user saw it
      .innerText({ timeout: 1000 })
      .catch(() => '(no page)');
    throw new Error(
      `signing in as ${email} failed at ${page.url()}; the page shows:\n${shown.slice(0, 600)}`,
      {
        cause,
      },
    );
  }
}

/** A fresh context signed in as `email`; close the context when done. */
export async function signedInPage(
  browser: Browser,
  email: string,
  password = demoPassword,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await freshPage(browser);
  await signIn(opened.page, email, password);
  return opened;
}

/** The data-testids of the main navigation's links, in order. */
export async function navTestIds(page: Page): Promise<string[]> {
  await page.getByTestId('nav-home').waitFor();
  return page
    .locator('nav [data-testid^="nav-"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid') ?? ''));
}

/** The status of a same-origin request made by the page itself, with the page's cookies. */
export function statusFromPage(page: Page, path: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).status, path);
}

/** The JSON answer of a same-origin GET made by the page itself, with the page's cookies. */
export function jsonFromPage<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).json(), path);
}

/** A POST the page makes itself, with its cookies and CSRF token, as the app would. */
export async function postFromPage<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    { path, body },
  ) as Promise<T>;
}

/** The referral actions a row or page offers as buttons (their data-action), in the order shown. */
export async function actionsOffered(scope: Locator): Promise<string[]> {
  return scope
    .locator('button[data-action]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action') ?? ''));
}

/**
 * What the server says the page's organisation may do to a referral or alert now, as buttons
 * would be: reading, writing to the thread and linking persons are not buttons.
 */
export async function actionsAllowed(page: Page, kind: 'referral' | 'alert', id: string): Promise<string[]> {
  const answer = await jsonFromPage<Record<string, { may: Record<string, boolean> }>>(
    page,
    `/api/${kind}s/${id}`,
  );
  return Object.entries(answer[kind]?.may ?? {})
    .filter(([action, may]) => may && !['read', 'message', 'link_person'].includes(action))
    .map(([action]) => action);
}

/** The referral a table row stands for, from its "Open" link. */
export async function referralIdOf(row: Locator): Promise<string> {
  const href = (await row.locator('a[href^="/referrals/"]').first().getAttribute('href')) ?? '';
  return href.slice('/referrals/'.length);
}

/** Waits until the locator's visible text (as rendered, what a user reads) contains `text`. */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await expect
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the user sees
    .poll(async () => ((await locator.count()) ? await locator.first().innerText() : ''), {
      timeout: patience,
    })
    .toMatch(typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text);
}

export async function expectAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await expect.poll(() => locator.getAttribute(name), { timeout: patience }).toBe(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Sets a user's saved interface language through the API (as the web app does, with the CSRF
 * token), so a test that changed it leaves the demo user as it found them.
 */
export async function setSavedLocale(email: string, locale: 'en' | 'az' | 'ru'): Promise<void> {
  const api = await request.newContext({ baseURL: baseUrl() });
  try {
    const signedIn = await api.post('/api/auth/sign-in', { data: { email, password: demoPassword } });
    if (!signedIn.ok()) throw new Error(`sign-in for ${email} answered ${signedIn.status()}`);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const patched = await api.patch('/api/me', {
      data: { locale },
      headers: { 'X-CSRF-Token': csrfToken },
    });
    if (!patched.ok()) throw new Error(`PATCH /api/me answered ${patched.status()}`);
  } finally {
    await api.dispose();
  }
}

/**
 * Clicks a form's submit button and waits for the page to move to `url`; if the form shows an
 * error (or a field error) instead, fails with what the user would read there.
 */
export async function submitAndExpectUrl(page: Page, button: Locator, url: RegExp): Promise<void> {
  const answers: string[] = [];
  const record = (response: Response) => {
    if (response.request().method() === 'GET' && response.ok()) return;
    void response
      .text()
      .catch(() => '')
      .then((body) =>
        answers.push(
          `${response.request().method()} ${response.url()} sent ${response.request().postData()?.slice(0, 300) ?? ''} got ${response.status()} ${body.slice(0, 300)}`,
        ),
      );
  };
  page.on('response', record);
  await button.click();
  const problem = page.locator('[role="alert"], [data-testid="error-alert"], .mantine-InputWrapper-error');
  const outcome = await Promise.race([
    page.waitForURL(url).then(() => 'moved' as const),
    problem
      .first()
      .waitFor()
      .then(() => 'error' as const),
  ]).catch((cause: unknown) => cause);
  if (outcome === 'moved') {
    page.off('response', record);
    return;
  }
  await page.waitForTimeout(500);
  page.off('response', record);
  const shown = (await problem.allInnerTexts().catch(() => [])).join(' | ');
  throw new Error(
    `expected to reach ${url} after submitting; the page at ${page.url()} shows: ${shown}\nanswers: ${answers.join('\n')}`,
  );
}

/** Signs `email` in through the API `times` times (ten at a time): each is one audit event. */
export async function signInRepeatedly(email: string, times: number): Promise<void> {
  const api = await request.newContext({ baseURL: baseUrl() });
  try {
    for (let done = 0; done < times; done += 10) {
      const batch = Array.from({ length: Math.min(10, times - done) }, () =>
        api.post('/api/auth/sign-in', { data: { email, password: demoPassword } }).then((r) => r.status()),
      );
      const statuses = await Promise.all(batch);
      if (statuses.some((s) => s !== 200)) throw new Error(`sign-ins answered ${statuses.join(', ')}`);
    }
  } finally {
    await api.dispose();
  }
}

/**
 * Picks a country from a country field by typing part of its name (or its code). The field's label
 * also names its list of options, so the text box is the labelled element that is an input.
 */
export async function pickCountry(page: Page, field: Locator, typed: string, name: string): Promise<void> {
  await field.and(page.locator('input')).fill(typed);
  await page.getByRole('option', { name, exact: true }).click();
}
