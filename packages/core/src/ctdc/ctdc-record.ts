/** The two public CTDC formats (docs/standards/ctdc.md): A = k-anonymised 2017-2020, B = synthetic. */
export const ctdcFormats = ['ctdc-global-k-anonymised', 'ctdc-global-synthetic'] as const;
export type CtdcFormat = (typeof ctdcFormats)[number];

/** Stored codes of the statistics dimension `age_band` (CTDC writes them with a double hyphen). */
export const ctdcAgeBands = [
  '0-8',
  '9-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
] as const;
export type CtdcAgeBand = (typeof ctdcAgeBands)[number];

export type CtdcGender = 'female' | 'male' | 'other';
export type CtdcMajority = 'adult' | 'child';

/** Format B's trafficking duration, kept in CTDC's own spelling. */
export const ctdcTraffickMonths = ['0--12', '13--24', '25+'] as const;

/**
 * One de-identified victim record as stored in ctdc_records. null = unknown; the code arrays hold
 * only what the record says is true (an empty array is "none recorded", never "none happened").
 */
export interface CtdcRecord {
  /** Row of the file as a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  year: number;
  gender: CtdcGender | null;
  ageBand: CtdcAgeBand | null;
  majority: CtdcMajority | null;
  /** ISO 3166 alpha-2. */
  citizenship: string | null;
  exploitationCountry: string | null;
  isForcedLabour: boolean | null;
  isSexualExploit: boolean | null;
  isOtherExploit: boolean | null;
  means: string[];
  labourTypes: string[];
  sexTypes: string[];
  recruiterRelations: string[];
  traffickMonths: string | null;
}

/** Why a row was rejected; `column` is the header as written in the file. */
export interface CtdcRowError {
  row: number;
  column: string;
  value: string;
  message: string;
}

export const ctdcAttribution: Record<CtdcFormat, string> = {
  'ctdc-global-k-anonymised':
    'Counter Trafficking Data Collaborative (CTDC), Global Dataset (k-anonymised). Used under the CTDC terms of use: for research and analysis, cited, never re-identified.',
  'ctdc-global-synthetic':
    'Counter Trafficking Data Collaborative (CTDC), Global Synthetic Dataset. Used under the CTDC terms of use: for research and analysis, cited, never re-identified.',
};
