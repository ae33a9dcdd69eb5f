import type {
  AgeBand,
  ExploitationForm,
  Gender,
  MeansOfControl,
  RecruiterRelationship,
  SexExploitationType,
} from '../identification/identification-vocabulary.ts';

/**
 * What the open-data export reads of one national record: no id, no code, no name, nothing
 * sealed. The source never hands out more than this, so nothing identifying can reach a file.
 */
export interface NationalExportRecord {
  /** Year of the identification decision (of registration for presumed victims). */
  yearOfRegistration: number;
  gender: Gender;
  ageBand: AgeBand | null;
  birthYear: number | null;
  /** ISO 3166 alpha-2, as recorded (which one is published: core's ctdcCountriesOf). */
  citizenships: readonly string[];
  /** Null when no exploitation was recorded. */
  exploitation: {
    forms: readonly ExploitationForm[];
    /** ISIC rev.4 section letter. */
    industry: string | null;
    /** Absent: none recorded. */
    sexExploitationTypes?: readonly SexExploitationType[];
    meansOfControl: readonly MeansOfControl[];
    recruiterRelationship: RecruiterRelationship | null;
    /** ISO 3166 alpha-2. */
    exploitationCountries: readonly string[];
    /** ISO 3166 alpha-2: they decide internal or transnational with the others (absent: none recorded). */
    recruitmentCountries?: readonly string[];
    transitCountries?: readonly string[];
    /** ISO dates (YYYY-MM-DD). */
    periodFrom: string | null;
    periodTo: string | null;
  } | null;
}

/** Which records: registered in [fromYear, toYear] (null = open-ended). */
export interface CtdcExportRange {
  fromYear: number | null;
  toYear: number | null;
  /** Also presumed victims (registration year = year the record was created, UTC). */
  includePresumed: boolean;
}

/** Reads the records to export in one pass (the db package implements it with one query). */
export interface CtdcExportSource {
  rows(range: CtdcExportRange): Promise<NationalExportRecord[]>;
}
