import type { AgeBand } from '../identification/identification-vocabulary.ts';
import { ctdcCountriesOf } from '../statistics/definitions/trafficking-scope.ts';
import { alpha3Of } from '../support/country-codes.ts';
import {
  ctdcExportFormFlag,
  ctdcExportGender,
  ctdcExportLabourColumn,
  ctdcExportMeansColumn,
  ctdcExportRecruiterColumn,
  ctdcExportSexColumn,
} from './ctdc-export-mapping.ts';
import type { NationalExportRecord } from './ctdc-export-ports.ts';
import { type CtdcSyntheticRow, emptyCtdcSyntheticRow } from './ctdc-synthetic-columns.ts';

/**
 * One national record -> one format-B row (before k-anonymisation). Only vocabulary values and
 * bands come out: no free text, no date finer than a year, nothing from a sealed field.
 * Several citizenships or countries of exploitation: format B has one of each, chosen by core's
 * ctdcCountriesOf so that a reader comparing them finds our internal or transnational.
 */
export function mapToCtdcSyntheticRow(
  record: NationalExportRecord,
  reportingCountry: string,
): CtdcSyntheticRow {
  const row = emptyCtdcSyntheticRow();
  row.yearOfRegistration = String(record.yearOfRegistration);
  row.gender = ctdcExportGender[record.gender] ?? '';
  row.ageBroad = ageBroadOf(record);
  const e = record.exploitation;
  const countries = ctdcCountriesOf(
    {
      citizenships: record.citizenships,
      recruitmentCountries: e?.recruitmentCountries ?? [],
      transitCountries: e?.transitCountries ?? [],
      exploitationCountries: e?.exploitationCountries ?? [],
    },
    reportingCountry,
  );
  row.citizenship = alpha3Of(countries.citizenship) ?? '';
  if (!e) return row;
  row.CountryOfExploitation = alpha3Of(countries.exploitationCountry) ?? '';
  row.traffickMonths = ctdcTraffickMonthsOf(e.periodFrom, e.periodTo);
  for (const means of e.meansOfControl) {
    const column = ctdcExportMeansColumn[means];
    if (column) row[column] = '1';
  }
  for (const form of e.forms) {
    const column = ctdcExportFormFlag[form];
    if (column) row[column] = '1';
  }
  if (row.isForcedLabour === '1') {
    const column = e.industry ? ctdcExportLabourColumn[e.industry] : undefined;
    if (column) row[column] = '1';
    // Domestic servitude is domestic work whatever industry was recorded.
    if (e.forms.includes('DomesticServitude')) row.typeOfLabourDomesticWork = '1';
  }
  if (row.isSexualExploit === '1') {
    for (const type of e.sexExploitationTypes ?? []) {
      const column = ctdcExportSexColumn[type];
      if (column) row[column] = '1';
    }
  }
  if (e.recruiterRelationship) row[ctdcExportRecruiterColumn[e.recruiterRelationship]] = '1';
  return row;
}

const bandOfOurs: Record<AgeBand, string> = {
  '0-8': '0--8',
  '9-11': '9--17',
  '12-14': '9--17',
  '15-17': '9--17',
  '18-20': '18--20',
  '21-23': '21--23',
  '24-26': '24--26',
  '27-29': '27--29',
  '30-38': '30--38',
  '39-47': '39--47',
  '48+': '48+',
};

/**
 * The recorded band, folded into CTDC's; else the age reached in the registration year from the
 * birth year (at most a year off, as close as a year of birth allows).
 */
function ageBroadOf(record: NationalExportRecord): string {
  if (record.ageBand) return bandOfOurs[record.ageBand] ?? '';
  if (record.birthYear === null) return '';
  const age = record.yearOfRegistration - record.birthYear;
  if (age < 0 || age > 120) return '';
  const bounds: [number, string][] = [
    [8, '0--8'],
    [17, '9--17'],
    [20, '18--20'],
    [23, '21--23'],
    [26, '24--26'],
    [29, '27--29'],
    [38, '30--38'],
    [47, '39--47'],
  ];
  return bounds.find(([upTo]) => age <= upTo)?.[1] ?? '48+';
}

/** Whole months from the start to the end of exploitation; missing when either end is unknown. */
export function ctdcTraffickMonthsOf(from: string | null, to: string | null): string {
  const a = from?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const b = to?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!a || !b) return '';
  const [fy, fm, fd] = a.slice(1).map(Number) as [number, number, number];
  const [ty, tm, td] = b.slice(1).map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (months < 0) return '';
  return months <= 12 ? '0--12' : months <= 24 ? '13--24' : '25+';
}
