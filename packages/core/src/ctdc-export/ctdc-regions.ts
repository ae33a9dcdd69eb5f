import { alpha2Of } from '../support/country-codes.ts';

/**
 * The UN's M49 geographic regions (Statistics Division, "Standard country or area codes for
 * statistical use"): continent, then sub-region, with the countries of each as ISO 3166 alpha-2.
 * The open-data export generalises a country it cannot publish to its sub-region, then to its
 * continent, and writes the M49 English name ("Western Asia", "Europe") in the country column.
 * Taiwan and Kosovo, absent from M49, sit where the UN's own statistics count them.
 */
const m49: Record<string, Record<string, string>> = {
  Africa: {
    'Northern Africa': 'DZ EG LY MA SD TN EH',
    'Eastern Africa': 'IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW',
    'Middle Africa': 'AO CM CF TD CG CD GQ GA ST',
    'Southern Africa': 'BW SZ LS NA ZA',
    'Western Africa': 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  },
  Americas: {
    Caribbean: 'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI',
    'Central America': 'BZ CR SV GT HN MX NI PA',
    'South America': 'AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE',
    'Northern America': 'BM CA GL PM US',
  },
  Asia: {
    'Central Asia': 'KZ KG TJ TM UZ',
    'Eastern Asia': 'CN HK MO KP JP MN KR TW',
    'South-eastern Asia': 'BN KH ID LA MY MM PH SG TH TL VN',
    'Southern Asia': 'AF BD BT IN IR MV NP PK LK',
    'Western Asia': 'AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE',
  },
  Europe: {
    'Eastern Europe': 'BY BG CZ HU PL MD RO RU SK UA',
    'Northern Europe': 'AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB',
    'Southern Europe': 'AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK',
    'Western Europe': 'AT BE FR DE LI LU MC NL CH',
  },
  Oceania: {
    'Australia and New Zealand': 'AU CX CC HM NZ NF',
    Melanesia: 'FJ NC PG SB VU',
    Micronesia: 'GU KI MH FM NR MP PW UM',
    Polynesia: 'AS CK PF NU PN WS TK TO TV WF',
  },
};

/** A country's place: [continent, sub-region]. */
const placeOf = new Map<string, readonly [string, string]>(
  Object.entries(m49).flatMap(([continent, subregions]) =>
    Object.entries(subregions).flatMap(([subregion, codes]) =>
      codes.split(' ').map((code) => [code, [continent, subregion] as const] as const),
    ),
  ),
);

/** Every region name the export may write in a country column. */
export const ctdcRegionNames: ReadonlySet<string> = new Set(
  Object.entries(m49).flatMap(([continent, subregions]) => [continent, ...Object.keys(subregions)]),
);

/** [continent, sub-region] of an alpha-3 code; null for an unknown code (Antarctica included). */
export function m49RegionOf(alpha3: string): readonly [string, string] | null {
  const alpha2 = alpha2Of(alpha3);
  return alpha2 ? (placeOf.get(alpha2) ?? null) : null;
}
