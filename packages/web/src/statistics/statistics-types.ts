/**
 * Types of the statistics API as the report page uses them, inferred from the contracts (type-only
 * imports, as in api/types.ts: no zod reaches the bundle). Kept beside the page so the statistics
 * area is one folder; api/types.ts may re-export them later.
 */
import type {
  DrillDownQuery as DrillDownQuerySchema,
  DrillDownResponse,
  ReportQuery as ReportQuerySchema,
  ReportResponse,
  SourceDatasetList,
} from '@opennrm/contracts';
import type { z } from 'zod';

export type Report = z.infer<typeof ReportResponse>;
export type ReportTable = Report['tables'][number];
export type TableFigures = ReportTable['current'];
export type Cell = TableFigures['total'];
export type ReportScope = Report['scope'];
export type ReportView = Report['view'];
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
export type DrillDownQuery = z.infer<typeof DrillDownQuerySchema>;
export type DrillDown = z.infer<typeof DrillDownResponse>;
export type SourceDataset = z.infer<typeof SourceDatasetList>['datasets'][number];
/** Which period a figure belongs to (the report year or the one before). */
export type PeriodKey = 'current' | 'previous';
