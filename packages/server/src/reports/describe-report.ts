import type { Report } from '@opennrm/core';
import { suppressedMarker } from './lay-out-table.ts';
import { fillWords, reportFileWords } from './report-file-words.ts';

export interface ReportDescription {
  title: string;
  /** Label and value pairs of the front matter, in the report's language. */
  facts: Array<[string, string]>;
  suppression: string;
  /** CTDC asks users to cite the dataset; null for our own records. */
  attribution: string | null;
}

/** The front matter shared by the XLSX "About" sheet and the PDF title block. */
export function describeReport(report: Report): ReportDescription {
  const words = reportFileWords(report.locale);
  const marker = suppressedMarker(report);
  const scope = report.scope;
  const scopeText =
    scope.kind === 'national'
      ? words.scopes.national
      : scope.kind === 'region'
        ? fillWords(words.scopes.region, { region: scope.region })
        : fillWords(words.scopes.organisation, { id: scope.name ?? scope.organisationId });
  const source = report.source;
  const sourceText =
    source.kind === 'national'
      ? words.sources.national
      : fillWords(words.sources.ctdc, { name: source.name });
  const published = report.view === 'published';
  const facts: Array<[string, string]> = [
    [words.period, report.period.label],
    [words.comparedWith, report.previousPeriod.label],
    [words.view, published ? words.views.published : words.views.internal],
    [words.scope, scopeText],
    [words.source, sourceText],
  ];
  if (published) facts.push([words.threshold, String(report.threshold)]);
  facts.push([words.generatedAt, formatGeneratedAt(report.generatedAt)]);
  return {
    title: words.title,
    facts,
    suppression: published
      ? fillWords(words.suppressionPublished, { threshold: report.threshold, marker })
      : words.suppressionInternal,
    attribution: source.kind === 'ctdc' ? fillWords(words.ctdcAttribution, { name: source.name }) : null,
  };
}

/** UTC to the minute: the same text whichever time zone the server runs in. */
function formatGeneratedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
