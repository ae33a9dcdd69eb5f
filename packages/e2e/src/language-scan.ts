import type { Page } from 'playwright-core';

/**
 * Finds what an Azerbaijani or Russian reader should never meet on a page: English left in the
 * interface, and dates printed by a browser without the language's data or not printed at all.
 * Data is not interface: names of organisations and people, e-mail addresses and codes are taken
 * out before the words are read.
 */

/** Short English words a label, a sentence or a button cannot do without; none is Azerbaijani. */
const englishWords =
  /(?<!\p{L})(the|and|of|to|your|you|with|for|this|not|is|are|has|have|from|by|or|new|save|cancel|search|show|next|previous|page|loading|sign|date|name|none|open|close|edit|delete|add|yes|all|any|rows|filter|filters|clear|apply|nothing|found|back|select|choose|more|records?)(?!\p{L})/iu;
/** In Russian text no Latin word belongs, except acronyms and codes (CSV, ISIC, NRM-2026-000001). */
const latinWord = /(?<!\p{L})(?=[A-Za-z]*[a-z])[A-Za-z]{3,}(?!\p{L})/u;
/**
 * Latin words a translation may hold: product names (OpenNRM, Excel, the authenticator apps), file
 * kinds, "e-mail" (so written in Russian), and the English spellings the statistics settings name
 * as such (labor, organization).
 */
const allowedLatin =
  /(?<!\p{L})(OpenNRM|Excel|FreeOTP|Aegis|Google Authenticator|e-mail|csv|xlsx|zip|labor|organization)(?!\p{L})/giu;

const brokenDates: { why: string; pattern: RegExp }[] = [
  { why: 'a date printed without the language’s data', pattern: /\b\d{4} M\d{1,2} \d{1,2}\b/ },
  { why: 'a date left in ISO form', pattern: /(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/ },
  {
    why: 'an English month',
    pattern: /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/,
  },
  { why: 'a month-first date field', pattern: /\bmm\/dd\/yyyy\b/i },
];

/** The text a reader meets: visible text nodes, and the labels and hints read out or shown. */
export function pageTexts(page: Page): Promise<{ texts: string[]; identifiers: string[] }> {
  return page.evaluate(() => {
    const out: string[] = [];
    const identifiers = [...document.querySelectorAll('code')].map((el) => el.textContent?.trim() ?? '');
    // <code> holds identifiers (a rule's id, a file's name, an audit code), the same in any language.
    const skip = 'script,style,noscript,code,[data-testid="language-switch"]';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest(skip) || !parent.checkVisibility()) continue;
      // Text marked as another language (a language's own name, an English questionnaire) is meant so.
      if (parent.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label],[placeholder]')) {
      // Hidden helpers (Mantine's autosize measuring textarea) are read by nobody.
      if (el.closest(skip) || el.closest('[aria-hidden="true"]') || !el.checkVisibility()) continue;
      for (const name of ['aria-label', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return { texts: out, identifiers };
  });
}

/** Each text that is English or a broken date in this language, with why; [] when clean. */
export function languageProblems(texts: string[], locale: 'az' | 'ru', dataNames: string[]): string[] {
  // Longest first, so "Safe Home (NGO shelter, Baku)" goes before any shorter name inside it.
  const names = [...dataNames].filter(Boolean).sort((a, b) => b.length - a.length);
  const problems = new Set<string>();
  for (const text of texts) {
    let reading = text;
    for (const name of names) reading = reading.split(name).join(' ');
    reading = reading
      .replace(/\S+@\S+/g, ' ')
      .replace(allowedLatin, ' ')
      // A record id shortened for the eye ("42dec4a3…"): an identifier, not a word.
      .replace(/\b[0-9a-f]{8}…/g, ' ')
      .replace(/\bNRM-\d{4}-\d+\b/g, ' ');
    const english = locale === 'ru' ? latinWord.exec(reading) : englishWords.exec(reading);
    if (english) problems.add(`English "${english[0]}" in: ${text}`);
    for (const { why, pattern } of brokenDates) if (pattern.test(reading)) problems.add(`${why}: ${text}`);
  }
  return [...problems];
}

/**
 * Text the server sent while the pages loaded (names, titles, notes, a plan's unit), which is data
 * in whatever language it was entered. Codes joined by dots, underscores or hyphens
 * ("auth.signed_in", "body_sex") are not collected: shown raw, they are untranslated interface.
 * A lone lower-case word cannot be told apart and counts as data.
 */
export function collectData(page: Page): { strings: () => Promise<string[]> } {
  const found = new Set<string>();
  const pending: Promise<void>[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length > 1 && !/^[a-z0-9]+([._-][a-z0-9]+)+$/.test(value)) found.add(value.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  page.on('response', (response) => {
    if (!response.url().includes('/api/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    pending.push(
      response
        .json()
        .then(walk)
        .catch(() => undefined),
    );
  });
  return {
    strings: async () => {
      await Promise.all(pending);
      return [...found];
    },
  };
}
