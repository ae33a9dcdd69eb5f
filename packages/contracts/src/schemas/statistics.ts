import { z } from '@hono/zod-openapi';
import { dimensionKeys, englishSpellings, statisticsTables } from '@opennrm/core/vocabulary';
import { Locale, Timestamp, Uuid } from './common.ts';
import { IsoDate } from './person.ts';

const tableKeys = statisticsTables.map((table) => table.key) as [string, ...string[]];
export const StatisticsTableKey = z.enum(tableKeys).openapi('StatisticsTableKey');

/**
 * Which report: a calendar year (or a from/to period, compared with the same length just
 * before), the view, whose records (scope) and from which source (national records or an
 * imported CTDC dataset).
 */
export const ReportQuery = z
  .object({
    year: z.coerce.number().int().min(1990).max(2100).optional().openapi({
      description:
        'The reporting year beginning in this calendar year (a calendar year, or from the start month of the Statistics settings, e.g. April 2014 - March 2015).',
    }),
    from: IsoDate.optional().openapi({
      description: 'Internal view only: the published view takes whole reporting years.',
    }),
    to: IsoDate.optional().openapi({ description: 'Inclusive last day of the period (internal view only).' }),
    view: z.enum(['internal', 'published']).optional(),
    scope: z.enum(['national', 'region', 'organisation']).optional(),
    region: z.string().min(1).max(100).optional(),
    organisationId: Uuid.optional(),
    dataset: Uuid.optional().openapi({
      description: 'An imported CTDC dataset instead of national records.',
    }),
    locale: Locale.optional(),
    spelling: z.enum(englishSpellings).optional().openapi({
      description:
        'English reports: british (GRETA, UNODC) or american (the TIP report). Default: the Statistics settings.',
    }),
  })
  .openapi('ReportQuery');

export const Cell = z
  .object({
    value: z.number().nullable(),
    // One mark for every hidden figure: telling small ones apart would tell their range.
    suppressed: z.boolean().openapi({ description: 'Not shown to protect confidentiality.' }),
  })
  .openapi('StatisticsCell');

const Period = z.object({ from: z.string(), to: z.string(), label: z.string() }).openapi('Period');
const Labelled = z.object({ code: z.string(), label: z.string() });
const DimensionRef = z.object({ code: z.enum(dimensionKeys as [string, ...string[]]), label: z.string() });

const TableFigures = z.object({
  period: Period,
  cells: z.array(z.array(Cell)),
  rowTotals: z.array(Cell),
  columnTotals: z.array(Cell),
  total: Cell,
});

export const ReportTable = z
  .object({
    key: z.string(),
    fact: z.string(),
    title: z.string(),
    definition: z.string(),
    measure: z.union([
      z.object({ kind: z.literal('count') }),
      z.object({ kind: z.literal('median_days'), duration: z.string() }),
      z.object({
        kind: z.enum(['median', 'sum']),
        value: z.string(),
        unit: z.enum(['days', 'months', 'nights', 'amount', 'persons', 'inspections', 'employers']),
      }),
    ]),
    /** The measure's heading in the report's language ("Number", "Total, bed-nights"). */
    measureLabel: z.string(),
    rowDimension: DimensionRef,
    columnDimension: DimensionRef.nullable(),
    rows: z.array(Labelled),
    columns: z.array(Labelled),
    current: TableFigures,
    previous: TableFigures,
  })
  .openapi('ReportTable');

const NarrativeFigure = z.object({
  table: z.string(),
  row: z.string().nullable(),
  column: z.string().nullable(),
  period: z.enum(['current', 'previous']),
  value: z.number().nullable(),
  text: z.string(),
});

export const ReportResponse = z
  .object({
    generatedAt: Timestamp,
    locale: Locale,
    view: z.enum(['internal', 'published']),
    threshold: z.int(),
    source: z.union([
      z.object({ kind: z.literal('national') }),
      z.object({ kind: z.literal('ctdc'), datasetId: Uuid, name: z.string() }),
    ]),
    scope: z.union([
      z.object({ kind: z.literal('national') }),
      z.object({ kind: z.literal('region'), region: z.string() }),
      z.object({ kind: z.literal('organisation'), organisationId: Uuid, name: z.string().optional() }),
    ]),
    period: Period,
    previousPeriod: Period,
    tables: z.array(ReportTable),
    narrative: z.array(z.object({ text: z.string(), figures: z.array(NarrativeFigure) })),
    /** Present when the figures were read from a replica: its lag behind the primary, seconds. */
    readFrom: z.object({ replica: z.boolean(), lagSeconds: z.number().nullable() }).optional(),
  })
  .openapi('Report');

/** One figure's records: which table cell (null row/column = that axis's total) and period. */
export const DrillDownQuery = ReportQuery.extend({
  table: StatisticsTableKey,
  row: z.string().max(60).optional(),
  column: z.string().max(60).optional(),
  period: z.enum(['current', 'previous']).optional(),
}).openapi('DrillDownQuery');

export const DrillDownResponse = z
  .object({
    recordType: z.string(),
    /** Records behind the figure. */
    total: z.int(),
    /** Those the caller may open (at most 200 listed). */
    records: z.array(z.object({ id: Uuid, personId: Uuid, code: z.string() })),
    /** Behind the figure but outside what the caller may open. */
    notVisible: z.int(),
  })
  .openapi('DrillDown');

export const SourceDataset = z
  .object({
    id: Uuid,
    name: z.string(),
    format: z.string(),
    fileName: z.string(),
    rowCount: z.int(),
    rejectedCount: z.int(),
    attribution: z.string(),
    importedAt: Timestamp,
  })
  .openapi('SourceDataset');
export const SourceDatasetList = z.object({ datasets: z.array(SourceDataset) });

export const StatisticsSettings = z
  .object({
    /** Published view: counts from 1 to threshold - 1 are suppressed. */
    suppressionThreshold: z.int().min(2).max(50),
    /** CTDC export: every combination of exported values describes at least k persons. */
    exportK: z.int().min(2).max(100),
    yearStartMonth: z.int().min(1).max(12).openapi({
      description:
        'First month of the reporting year: 1 = calendar year, 4 = the TIP report’s April to March.',
    }),
    timeZone: z.string().min(1).max(64).openapi({
      description:
        'IANA time zone of the country (e.g. Asia/Baku): reporting periods begin at local midnight.',
    }),
    englishSpelling: z.enum(englishSpellings).openapi({
      description:
        'English reports’ spelling unless a report asks: british (default) or american (the TIP report).',
    }),
  })
  .openapi('StatisticsSettings');
export const StatisticsSettingsPatch = StatisticsSettings.partial()
  .strict()
  .openapi('StatisticsSettingsPatch');

/** Our records as CTDC's Global Synthetic Dataset (format B), k-anonymous over every column. */
export const CtdcExportQuery = z
  .object({
    from: z.coerce
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .openapi({ description: 'First registration year.' }),
    to: z.coerce
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .openapi({ description: 'Last registration year.' }),
    k: z.coerce
      .number()
      .int()
      .min(2)
      .max(1000)
      .optional()
      .openapi({ description: 'Default: the statistics settings (11).' }),
    includePresumed: z.enum(['true', 'false']).optional(),
  })
  .openapi('CtdcExportQuery');
