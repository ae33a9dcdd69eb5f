import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, RequestMeta } from '../auth/actor.ts';
import { readIdentificationSettings } from '../identification/identification-settings.ts';
import { authorize, holdsGrant } from '../policy/authorize.ts';
import type { Clock, Store } from '../ports.ts';
import { readStatisticsSettings } from '../statistics/statistics-settings.ts';
import { DomainError, forbidden, invalid } from '../support/errors.ts';
import type { CtdcExportSource } from './ctdc-export-ports.ts';
import {
  type CtdcSyntheticColumn,
  type CtdcSyntheticRow,
  ctdcSyntheticColumns,
} from './ctdc-synthetic-columns.ts';
import { type KAnonymitySummary, kAnonymise } from './k-anonymise.ts';
import { mapToCtdcSyntheticRow } from './map-to-ctdc-synthetic-row.ts';
import { measureKAnonymity } from './measure-k-anonymity.ts';
import { informativeCells, kAnonymiseByPartition } from './partition-anonymise.ts';
import { renderCtdcSyntheticCsv } from './render-ctdc-synthetic-csv.ts';

export const defaultCtdcK = 11;

export interface CtdcExportInput {
  /** Registration years, inclusive; null = open-ended. */
  fromYear?: number | null;
  toYear?: number | null;
  /** Smallest number of records any combination of exported values may describe (default and minimum: the statistics settings' exportK, 11). */
  k?: number;
  /** Also export presumed (not yet identified) victims. */
  includePresumed?: boolean;
}

/**
 * Who asks: an actor holding statistics:read nationally (scope aggregate or all): the national
 * coordinator, or the command line's operator (`opennrm export ctdc`, `operatorActor()`); an
 * organisation's own-figures grant is not enough.
 */
export type CtdcExportDeps = {
  store: Store;
  clock: Clock;
  ctdcExportSource: CtdcExportSource;
  actor: Actor;
  request: RequestMeta | null;
};

export interface CtdcExportSummary extends KAnonymitySummary {
  fromYear: number | null;
  toYear: number | null;
  includePresumed: boolean;
  /** How: partitioning with generalisation (ranges, M49 regions), `*` for a withheld cell. */
  method: 'partition';
  /**
   * Information kept, per column: cells that say something (neither empty nor `*`; a range or a
   * region counts) in the records before anonymisation, in the file, and in what greedy local
   * suppression (the method before December 2026) would have published from the same records.
   */
  informativeCells: Record<'before' | 'published' | 'greedySuppression', Record<CtdcSyntheticColumn, number>>;
}

export interface CtdcExport {
  csv: string;
  summary: CtdcExportSummary;
}

/**
 * Our identified (optionally presumed) victims of the given registration years as CTDC format B,
 * k-anonymous over every column by partitioning with generalisation (kAnonymiseByPartition): a
 * cell it cannot publish exactly is a range, a region or `*` (withheld), never an empty cell that
 * would read as unknown. Rows are sorted by their values so that their order says
 * nothing about when or by whom a record was registered. Audited with the summary only.
 */
export async function exportCtdcSynthetic(deps: CtdcExportDeps, input: CtdcExportInput): Promise<CtdcExport> {
  const { actor } = deps;
  authorize(actor, 'statistics', 'read');
  // Front-line staff read their own organisation's figures only; this file is the whole country.
  if (!holdsGrant(actor, 'statistics', 'read', ['aggregate', 'all'])) {
    throw forbidden('The export covers the whole country.');
  }
  const range = {
    fromYear: checkYear(input.fromYear ?? null, 'fromYear'),
    toYear: checkYear(input.toYear ?? null, 'toYear'),
    includePresumed: input.includePresumed ?? false,
  };
  if (range.fromYear !== null && range.toYear !== null && range.fromYear > range.toYear)
    throw invalid('The first year comes after the last.', { fields: { fromYear: 'after_to_year' } });
  // The administrator's setting (Statistics settings) is the default and the floor: a caller
  // may ask for larger groups, never for smaller ones than the installation publishes.
  const minimum = (await readStatisticsSettings(deps.store)).exportK;
  const k = input.k ?? minimum;
  if (!Number.isInteger(k) || k < 2 || k > 1000)
    throw invalid('k must be a whole number from 2 to 1000.', { fields: { k: 'out_of_range' } });
  if (k < minimum)
    throw new DomainError(
      'bad_request',
      `k = ${k} is below the minimum of ${minimum} set in the Statistics settings: the file could describe groups of fewer persons than this installation publishes. Ask for k = ${minimum} or more, or have the administrator change the setting.`,
      { fields: { k: 'below_minimum' }, minimum },
    );

  const records = await deps.ctdcExportSource.rows(range);
  const { countryCode } = await readIdentificationSettings(deps.store);
  const mapped = records.map((record) => mapToCtdcSyntheticRow(record, countryCode));
  const anonymised = kAnonymiseByPartition(mapped, k);
  const rows = [...anonymised.rows].sort(compareRows);
  // The guarantee the summary states is checked on the very rows written, not assumed.
  if (measureKAnonymity(rows, ctdcSyntheticColumns) < k)
    throw new Error('k-anonymisation failed its own check.');
  const summary: CtdcExportSummary = {
    ...range,
    ...anonymised.summary,
    method: 'partition',
    informativeCells: {
      before: informativeCells(mapped),
      published: informativeCells(rows),
      // The yardstick the file is measured against, on the same records (cheap: one pass per column).
      greedySuppression: informativeCells(kAnonymise(mapped, k).rows),
    },
  };
  await recordAudit(deps, actor, deps.request, {
    action: 'statistics.ctdc_exported',
    entityType: 'statistics',
    details: {
      ...summary,
      quasiIdentifiers: [...summary.quasiIdentifiers],
      valuesSuppressed: { ...summary.valuesSuppressed },
      informativeCells: {
        before: { ...summary.informativeCells.before },
        published: { ...summary.informativeCells.published },
        greedySuppression: { ...summary.informativeCells.greedySuppression },
      },
    },
  });
  return { csv: renderCtdcSyntheticCsv(rows), summary };
}

function checkYear(year: number | null, field: string): number | null {
  if (year === null) return null;
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    throw invalid('A year must be a whole number like 2024.', { fields: { [field]: 'out_of_range' } });
  return year;
}

function compareRows(a: CtdcSyntheticRow, b: CtdcSyntheticRow): number {
  for (const c of ctdcSyntheticColumns) {
    if (a[c] !== b[c]) return a[c] < b[c] ? -1 : 1;
  }
  return 0;
}
