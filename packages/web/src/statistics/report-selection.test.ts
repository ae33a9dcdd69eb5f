import { describe, expect, it } from 'vitest';
import {
  lastFullYear,
  parseReportSelection,
  reportQuery,
  reportSelectionToParams,
  selectableYears,
} from './report-selection.ts';

const now = new Date('2026-11-28T09:00:00Z');
const parse = (query: string) => parseReportSelection(new URLSearchParams(query), now);
const id = '0b6f0c56-2f7a-4f8e-9d57-5a4c3a1b2c3d';

describe('the report chosen in the address bar', () => {
  it('opens on the last full year, internal view, with the scope left to the server', () => {
    expect(lastFullYear(now)).toBe(2025);
    expect(parse('')).toEqual({ year: 2025, view: 'internal', dataset: undefined, scope: undefined });
  });

  it('offers the year so far and fifteen full years before it, newest first', () => {
    const years = selectableYears(now);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2011);
    expect(years).toHaveLength(16);
  });

  it('reads every choice', () => {
    expect(parse(`year=2024&view=published&dataset=${id}&scope=organisation&organisationId=${id}`)).toEqual({
      year: 2024,
      view: 'published',
      dataset: id,
      scope: { kind: 'organisation', id },
    });
    expect(parse('scope=region&region=%20Ganja%20').scope).toEqual({ kind: 'region', region: 'Ganja' });
    expect(parse('scope=national').scope).toEqual({ kind: 'national' });
  });

  it('falls back to the default for values a stale or mistyped link carries', () => {
    expect(parse('year=1900&view=secret&dataset=42&scope=organisation&organisationId=x')).toEqual({
      year: 2025,
      view: 'internal',
      dataset: undefined,
      scope: undefined,
    });
    expect(parse('year=2031').year).toBe(2025);
    expect(parse('scope=region').scope).toBeUndefined();
  });

  it('round-trips through the address bar, without the language', () => {
    const selection = parse(`year=2023&view=published&scope=organisation&organisationId=${id}`);
    const params = reportSelectionToParams(selection);
    expect(params.get('locale')).toBeNull();
    expect(parseReportSelection(params, now)).toEqual(selection);
  });

  it('asks the API for exactly the chosen report in the interface language', () => {
    expect(reportQuery(parse('year=2024&scope=region&region=Ganja'), 'az')).toEqual({
      year: 2024,
      view: 'internal',
      dataset: undefined,
      scope: 'region',
      region: 'Ganja',
      organisationId: undefined,
      locale: 'az',
    });
  });
});
