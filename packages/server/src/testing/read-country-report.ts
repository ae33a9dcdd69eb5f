import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

const locales = ['en', 'az', 'ru'] as const;
const templates = ['tip', 'greta', 'glotip'] as const;
type Locale = (typeof locales)[number];
type Template = (typeof templates)[number];

export interface CountryReportPart {
  part: string;
  text: string;
  figures: { table: string; period: string; value: number | null }[];
}

/** What the coordinator reads of the country report of a year: the narrative and the three questionnaires. */
export interface CountryReportReading {
  parts: Record<Locale, CountryReportPart[]>;
  answers: Record<Template, Record<string, number | null>>;
  unfilled: Record<Template, { key: string; reason: string }[]>;
  weaknesses: string[];
}

/**
 * Reads the country report of a year as the coordinator does, through the API: the narrative in
 * three languages, each questionnaire's answers by question key, and the self-assessment's
 * weaknesses. The seed scenario tests add it after entering their records, so the country report
 * is held to the same figures as the statistics report.
 */
export async function readCountryReport(t: TestApp, year: number): Promise<CountryReportReading> {
  const headers = await t.signInAs('national_coordinator');
  const get = async <T>(path: string): Promise<T> => {
    const res = await t.request('GET', path, { headers });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  const parts = {} as CountryReportReading['parts'];
  for (const locale of locales) {
    const narrative = await get<{ parts: CountryReportPart[] }>(
      `/api/country-report/narrative?year=${year}&locale=${locale}`,
    );
    parts[locale] = narrative.parts;
  }
  const answers = {} as CountryReportReading['answers'];
  const unfilled = {} as CountryReportReading['unfilled'];
  for (const template of templates) {
    const filled = await get<{
      cells: { key: string; value: number | null }[];
      template: { unfilled: { key: string; reason: string }[] };
    }>(`/api/country-report/submissions/${template}?year=${year}`);
    answers[template] = Object.fromEntries(filled.cells.map((cell) => [cell.key, cell.value]));
    unfilled[template] = filled.template.unfilled;
  }
  const assessment = await get<{ weaknesses: { evidence: string }[] }>(
    `/api/country-report/assessment?year=${year}`,
  );
  return { parts, answers, unfilled, weaknesses: assessment.weaknesses.map((w) => w.evidence) };
}

/** One part's text in one language, with the no-break spaces of digit groups made plain. */
export function partText(reading: CountryReportReading, locale: Locale, part: string): string {
  const found = reading.parts[locale].find((p) => p.part === part);
  expect(found, part).toBeDefined();
  return found!.text.replace(/[\u00a0\u202f]/g, ' ');
}
