import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  checkHistoricImportRoute,
  getHistoricImportTemplateCsvRoute,
  getHistoricImportTemplateRoute,
  getHistoricImportTemplateXlsxRoute,
  listHistoricImportsRoute,
  runHistoricImportRoute,
} from '@opennrm/contracts';
import {
  authorizeHistoricImport,
  type Ctx,
  conflict,
  DomainError,
  describeImportTemplate,
  listHistoricImports,
  notFound,
  runHistoricImport,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { ImportFileError, readImportFile } from '../historic-import/read-import-file.ts';
import {
  renderImportTemplateCsv,
  renderImportTemplateXlsx,
} from '../historic-import/render-import-template.ts';

function download(body: Buffer | string, type: string, name: string): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}

/** Reads the uploaded file after the caller was found allowed to import (no parsing for others). */
async function readUpload(ctx: Ctx, body: { fileName: string; contentBase64: string }) {
  authorizeHistoricImport(ctx);
  try {
    return await readImportFile(body.fileName, Buffer.from(body.contentBase64, 'base64'));
  } catch (error) {
    if (error instanceof ImportFileError)
      throw new DomainError('validation_failed', error.message, { fields: { contentBase64: 'unreadable' } });
    throw error;
  }
}

export function registerHistoricImportRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getHistoricImportTemplateRoute, async (c) => {
    const template = await describeImportTemplate(ctxOf(c));
    return c.json(
      {
        sheets: template.sheets,
        codeLists: template.codeLists.map(({ key, description }) => ({ key, description })),
      },
      200,
    );
  });

  app.openapi(getHistoricImportTemplateXlsxRoute, async (c) => {
    const file = await renderImportTemplateXlsx(await describeImportTemplate(ctxOf(c)));
    return download(
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'opennrm-historic-import.xlsx',
    );
  });

  app.openapi(getHistoricImportTemplateCsvRoute, async (c) => {
    const { name } = c.req.valid('param');
    const csv = renderImportTemplateCsv(await describeImportTemplate(ctxOf(c)), name);
    if (csv === null) throw notFound(`The template file ${name}`);
    return download(csv, 'text/csv; charset=utf-8', name);
  });

  app.openapi(listHistoricImportsRoute, async (c) => {
    const ctx = ctxOf(c);
    const runs = await listHistoricImports(ctx);
    const names = await ctx.store.organisations.namesOf(runs.map((r) => r.organisationId));
    return c.json(
      {
        runs: runs.map((r) => ({
          ...r,
          organisationName: names.get(r.organisationId) ?? '',
          importedAt: r.importedAt.toISOString(),
        })),
      },
      200,
    );
  });

  app.openapi(checkHistoricImportRoute, async (c) => {
    const body = c.req.valid('json');
    const ctx = ctxOf(c);
    const file = await readUpload(ctx, body);
    const report = await runHistoricImport(ctx, {
      ...body,
      fileSha256: file.sha256,
      sheets: file.sheets,
      dryRun: true,
    });
    return c.json(report, 200);
  });

  app.openapi(runHistoricImportRoute, async (c) => {
    const body = c.req.valid('json');
    const ctx = ctxOf(c);
    const file = await readUpload(ctx, body);
    if (file.sha256 !== body.expectedSha256)
      throw conflict('This is not the file that was checked. Check it again before importing.');
    const report = await runHistoricImport(ctx, {
      organisationId: body.organisationId,
      fileName: body.fileName,
      fileSha256: file.sha256,
      sheets: file.sheets,
      dryRun: false,
    });
    return c.json(report, 200);
  });
}
