import type { Locale } from '../../model.ts';
import type { Store } from '../../ports.ts';
import type { Report } from '../report-model.ts';
import type { StatisticsRelease } from './release-model.ts';

/**
 * The report a release froze, read back from its stored JSON (the bytes readers download), in
 * the wanted language when the release has it. Figures are the same in every language.
 */
export async function readReleasedReport(
  store: Store,
  release: StatisticsRelease,
  locale?: Locale,
): Promise<Report> {
  const json = release.files.filter((f) => f.kind === 'json');
  const file = json.find((f) => f.locale === locale) ?? json[0];
  const content = file && (await store.statisticsReleases.file(release.id, file.name));
  if (!content) throw new Error(`Release ${release.id} has no stored report.`);
  return JSON.parse(new TextDecoder().decode(content.bytes)) as Report;
}
