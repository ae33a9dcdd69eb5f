import { type IndicatorList, itemsUnderReview, listStatusOf } from '@opennrm/core';

/**
 * A list as the API shows it: the stored definition with its provenance, plus what follows from
 * it (the status as a whole, the items still under review), so no client has to work it out.
 */
export function presentIndicatorList(list: IndicatorList) {
  return { ...list, status: listStatusOf(list), underReview: itemsUnderReview(list) };
}

export function presentIndicatorListSummary(list: IndicatorList) {
  const { key, version, title, population, exploitation, rule, provenance } = list;
  return {
    key,
    version,
    title,
    population,
    exploitation,
    rule,
    ...(provenance ? { provenance } : {}),
    status: listStatusOf(list),
    underReview: itemsUnderReview(list),
  };
}
