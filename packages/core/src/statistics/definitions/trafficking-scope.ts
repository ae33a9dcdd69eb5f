/**
 * Internal or transnational trafficking, and domestic or foreign nationality: the one definition
 * the report's SQL (db/src/statistics/person-dimensions.ts), the person page, the CTDC import's
 * dimension and the CTDC export follow. docs/standards/definitions.md explains it for readers.
 */

export type TraffickingScope = 'internal' | 'transnational' | 'unknown';
export type Nationality = 'domestic' | 'foreign' | 'unknown';

/** What the scope is decided on: ISO 3166 alpha-2 codes, empty when none are recorded. */
export interface ScopeFacts {
  citizenships: readonly string[];
  recruitmentCountries: readonly string[];
  transitCountries: readonly string[];
  exploitationCountries: readonly string[];
}

/** A citizen of the reporting country (whatever other citizenship they hold), foreign, or unknown. */
export function nationalityOf(citizenships: readonly string[], reportingCountry: string): Nationality {
  if (citizenships.includes(reportingCountry)) return 'domestic';
  return citizenships.length > 0 ? 'foreign' : 'unknown';
}

/**
 * UNODC/CTDC: transnational when the victim crossed an international border in the course of
 * the trafficking. Read from the record, in this order:
 * 1. two different countries among recruitment, transit and exploitation: a border was crossed;
 * 2. no country of exploitation: unknown;
 * 3. citizenship unknown: unknown (a border may or may not lie between home and exploitation);
 * 4. the person's home is the reporting country when they hold its citizenship (a dual citizen
 *    exploited in their other country of citizenship left home to be exploited), else their
 *    citizenships: exploited at home is internal, anywhere else transnational. So a foreign
 *    national exploited in the reporting country is transnational, a citizen exploited abroad is
 *    transnational, and a citizen exploited only at home is internal.
 * A CTDC record (one citizenship, one country of exploitation) is internal exactly when the two
 * are the same country, whatever the reporting country: CTDC's own rule.
 */
export function traffickingScopeOf(facts: ScopeFacts, reportingCountry: string): TraffickingScope {
  const route = [...facts.recruitmentCountries, ...facts.transitCountries, ...facts.exploitationCountries];
  if (route.some((country) => country !== route[0])) return 'transnational';
  const exploited = facts.exploitationCountries[0];
  if (exploited === undefined) return 'unknown';
  if (facts.citizenships.length === 0) return 'unknown';
  const home = facts.citizenships.includes(reportingCountry) ? [reportingCountry] : facts.citizenships;
  return home.includes(exploited) ? 'internal' : 'transnational';
}

/**
 * Format B has one citizenship and one country of exploitation, and its readers call a record
 * internal when the two are equal. The pair published is the one that tells them our scope:
 * the reporting country's citizenship when held, and a country of exploitation outside the
 * person's home when the scope is transnational. When the border was crossed only between
 * recruitment or transit and exploitation, no pair can say so (format B has no such columns).
 */
export function ctdcCountriesOf(
  facts: ScopeFacts,
  reportingCountry: string,
): { citizenship: string | null; exploitationCountry: string | null } {
  const scope = traffickingScopeOf(facts, reportingCountry);
  const citizen = facts.citizenships.includes(reportingCountry);
  const home = citizen ? [reportingCountry] : facts.citizenships;
  const first = facts.exploitationCountries[0] ?? null;
  const abroad = facts.exploitationCountries.find((country) => !home.includes(country));
  if (scope === 'transnational' && abroad !== undefined) {
    return {
      citizenship: citizen ? reportingCountry : (facts.citizenships[0] ?? null),
      exploitationCountry: abroad,
    };
  }
  // Internal: the citizenship held in the country of exploitation.
  if (scope === 'internal') return { citizenship: first, exploitationCountry: first };
  return {
    citizenship: citizen ? reportingCountry : (facts.citizenships[0] ?? null),
    exploitationCountry: first,
  };
}
