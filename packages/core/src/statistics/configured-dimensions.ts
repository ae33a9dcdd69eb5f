import type { Locale } from '../model.ts';
import type { Store } from '../ports.ts';
import { readProsecutionSettings } from '../prosecution/prosecution-settings.ts';
import { type SentenceBand, sentenceBandCode, sentenceBandValues } from '../prosecution/sentence-bands.ts';
import type { DimensionKey } from './dimensions.ts';
import { sentenceBandLabel } from './narrative/prosecution/sentence-band-words.ts';
import type { StatisticsLabels } from './statistics-labels.ts';

/**
 * Dimensions whose values are the country's configuration rather than the catalogue's fixed
 * lists: today the prison-term bands (prosecution settings). The report's rows, drill-down
 * codes and the SQL all take them from here, so they cannot disagree.
 */
export interface ConfiguredDimensions {
  sentenceBands: readonly SentenceBand[];
  values: Partial<Record<DimensionKey, readonly string[]>>;
}

export async function readConfiguredDimensions(store: Store): Promise<ConfiguredDimensions> {
  const { sentenceBands } = await readProsecutionSettings(store);
  return { sentenceBands, values: { sentence_band: sentenceBandValues(sentenceBands) } };
}

/** The labels with a row label for each configured band ("Prison, 3 to 6 years"). */
export function withConfiguredLabels(
  labels: StatisticsLabels,
  configured: ConfiguredDimensions,
  locale: Locale,
): StatisticsLabels {
  const own = labels.dimensions.sentence_band;
  const bandLabels = Object.fromEntries(
    configured.sentenceBands.map((band) => [sentenceBandCode(band), sentenceBandLabel(band, locale)]),
  );
  return {
    ...labels,
    dimensions: { ...labels.dimensions, sentence_band: { ...own, values: { ...own.values, ...bandLabels } } },
  };
}
