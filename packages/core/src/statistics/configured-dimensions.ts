import type { Locale } from '../model.ts';
import type { Store } from '../ports.ts';
import { readProsecutionSettings } from '../prosecution/prosecution-settings.ts';
import { type SentenceBand, sentenceBandCode, sentenceBandValues } from '../prosecution/sentence-bands.ts';
import { readProtectionSettings } from '../protection/protection-settings.ts';
import { reportedCurrencies } from '../protection/protection-vocabulary.ts';
import type { DimensionKey } from './dimensions.ts';
import { sentenceBandLabel } from './narrative/prosecution/sentence-band-words.ts';
import { currencyLabel } from './narrative/protection/currency-words.ts';
import type { StatisticsLabels } from './statistics-labels.ts';

/**
 * Dimensions whose values are the country's configuration rather than the catalogue's fixed
 * lists: the prison-term bands (prosecution settings) and the currencies of the money tables,
 * the national one first (protection settings). The report's rows, drill-down
 * codes and the SQL all take them from here, so they cannot disagree.
 */
export interface ConfiguredDimensions {
  sentenceBands: readonly SentenceBand[];
  values: Partial<Record<DimensionKey, readonly string[]>>;
}

export async function readConfiguredDimensions(store: Store): Promise<ConfiguredDimensions> {
  const { sentenceBands } = await readProsecutionSettings(store);
  const { defaultCurrency } = await readProtectionSettings(store);
  return {
    sentenceBands,
    values: {
      sentence_band: sentenceBandValues(sentenceBands),
      money_currency: reportedCurrencies(defaultCurrency),
    },
  };
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
  const currencies = labels.dimensions.money_currency;
  const currencyLabels = Object.fromEntries(
    (configured.values.money_currency ?? []).map((code) => [code, currencyLabel(code, locale)]),
  );
  return {
    ...labels,
    dimensions: {
      ...labels.dimensions,
      sentence_band: { ...own, values: { ...own.values, ...bandLabels } },
      money_currency: { ...currencies, values: { ...currencies.values, ...currencyLabels } },
    },
  };
}
