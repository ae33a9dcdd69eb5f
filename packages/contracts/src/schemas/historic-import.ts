import { z } from '@hono/zod-openapi';
import { Timestamp, Uuid } from './common.ts';

/** Base64 of the file; the JSON body limit (OPENNRM_MAX_BODY_BYTES) bounds it. */
export const HistoricImportBody = z
  .strictObject({
    organisationId: Uuid.openapi({ description: 'The organisation whose history the file is.' }),
    fileName: z.string().trim().min(1).max(255).openapi({ example: 'history-2013-2014.xlsx' }),
    contentBase64: z
      .string()
      .min(1)
      .max(200_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .openapi('HistoricImportUpload');

export const HistoricImportRunBody = HistoricImportBody.extend({
  /** The hash the dry run reported: the file confirmed is the file checked. */
  expectedSha256: z.string().regex(/^[0-9a-f]{64}$/),
}).openapi('HistoricImportRun');

const ImportRowMessage = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

const SheetCounts = z.object({
  created: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});

export const HistoricImportReportResponse = z
  .object({
    outcome: z.enum(['checked', 'imported', 'refused']).openapi({
      description:
        'checked: dry run, nothing written (created = would be created); imported: written; refused: errors, nothing written.',
    }),
    importId: Uuid.nullable(),
    organisationId: Uuid,
    fileName: z.string(),
    fileSha256: z.string(),
    counts: z.record(z.string(), SheetCounts),
    errors: z.array(ImportRowMessage),
    notices: z.array(ImportRowMessage).openapi({
      description: 'Filled cells the import reads but does not keep, and why (they do not stop it).',
    }),
    ignoredSheets: z.array(z.string()),
  })
  .openapi('HistoricImportReport');

export const HistoricImportRunList = z
  .object({
    runs: z.array(
      z.object({
        id: Uuid,
        organisationId: Uuid,
        organisationName: z.string(),
        fileName: z.string(),
        fileSha256: z.string(),
        importedBy: Uuid,
        importedAt: Timestamp,
        counts: z.record(z.string(), SheetCounts),
      }),
    ),
  })
  .openapi('HistoricImportRuns');

export const HistoricImportTemplateResponse = z
  .object({
    sheets: z.array(
      z.object({
        name: z.string(),
        description: z.string(),
        columns: z.array(
          z.object({
            name: z.string(),
            required: z.boolean(),
            description: z.string(),
            codeList: z.string().nullable(),
            multiple: z.boolean(),
            example: z.string().nullable(),
          }),
        ),
      }),
    ),
    codeLists: z.array(z.object({ key: z.string(), description: z.string() })),
  })
  .openapi('HistoricImportTemplate');
