import type { Period, ReportSource } from '../report-model.ts';

/**
 * Which figures a release is a version of: the source (national records or one imported
 * dataset), the national scope (the only one released) and the period's exact days. Two releases
 * with the same key are the same figures published twice, the later correcting the earlier.
 */
export function releaseSeriesKey(source: ReportSource, period: Pick<Period, 'from' | 'to'>): string {
  const from = source.kind === 'ctdc' ? `ctdc:${source.datasetId}` : 'national';
  return `${from}|national|${period.from}|${period.to}`;
}
