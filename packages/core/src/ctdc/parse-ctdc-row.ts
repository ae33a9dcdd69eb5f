import type { CtdcScalarField } from './ctdc-columns.ts';
import type { CtdcRecord, CtdcRowError } from './ctdc-record.ts';
import type { CtdcHeader } from './detect-ctdc-format.ts';
import {
  InvalidCell,
  majorityOfAgeBand,
  parseAgeBand,
  parseCountry,
  parseFlag,
  parseGender,
  parseMajority,
  parseTraffickMonths,
  parseYear,
} from './parse-ctdc-value.ts';

export type CtdcRowResult =
  | { record: CtdcRecord; errors?: undefined }
  | { record?: undefined; errors: CtdcRowError[] };

export type CtdcRowParser = (cells: readonly string[], rowNumber: number) => CtdcRowResult;

type Parsed = CtdcRecord[CtdcScalarField] | InvalidCell;

function scalarParser(field: CtdcScalarField, currentYear: number): (value: string) => Parsed {
  switch (field) {
    case 'year':
      return (value) => parseYear(value, currentYear);
    case 'gender':
      return parseGender;
    case 'ageBand':
      return parseAgeBand;
    case 'majority':
      return parseMajority;
    case 'citizenship':
    case 'exploitationCountry':
      return parseCountry;
    case 'traffickMonths':
      return parseTraffickMonths;
    default:
      return parseFlag;
  }
}

const exploitFlags = ['isForcedLabour', 'isSexualExploit', 'isOtherExploit'] as const;

/**
 * Compiles the header into a row parser. A row with any unreadable cell is rejected with one
 * error per such cell; a good row becomes a record. Format B writes "1 or empty" (never 0), so
 * within the exploitation flags an empty cell is "no" once another flag of the row is "yes".
 */
export function createCtdcRowParser(header: CtdcHeader, options: { currentYear: number }): CtdcRowParser {
  const steps = header.columns.map(({ index, name, column }) => {
    if ('list' in column) return { index, name, list: column.list, code: column.code, parse: parseFlag };
    return { index, name, field: column.field, parse: scalarParser(column.field, options.currentYear) };
  });
  const hasMajority = steps.some((step) => step.field === 'majority');
  const synthetic = header.format === 'ctdc-global-synthetic';
  const present = exploitFlags.filter((flag) => steps.some((step) => step.field === flag));

  return (cells, rowNumber) => {
    if (cells.length !== header.width) {
      const message = `expected ${header.width} cells like the header, found ${cells.length}`;
      return { errors: [{ row: rowNumber, column: '', value: '', message }] };
    }
    const record: CtdcRecord = {
      rowNumber,
      year: 0,
      gender: null,
      ageBand: null,
      majority: null,
      citizenship: null,
      exploitationCountry: null,
      isForcedLabour: null,
      isSexualExploit: null,
      isOtherExploit: null,
      means: [],
      labourTypes: [],
      sexTypes: [],
      recruiterRelations: [],
      traffickMonths: null,
    };
    let errors: CtdcRowError[] | undefined;
    for (const step of steps) {
      const value = (cells[step.index] as string).trim();
      const parsed = step.parse(value);
      if (parsed instanceof InvalidCell) {
        errors ??= [];
        errors.push({ row: rowNumber, column: step.name, value, message: parsed.message });
      } else if (step.list !== undefined) {
        if (parsed === true) record[step.list].push(step.code);
      } else {
        (record as unknown as Record<string, unknown>)[step.field] = parsed;
      }
    }
    if (errors) return { errors };
    if (!hasMajority || record.majority === null) record.majority = majorityOfAgeBand(record.ageBand);
    if (synthetic && present.some((flag) => record[flag] === true)) {
      for (const flag of present) record[flag] ??= false;
    }
    return { record };
  };
}
