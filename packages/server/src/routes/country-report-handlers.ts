import type { OpenAPIHono } from '@hono/zod-openapi';
import { getSubmissionRoute, getSubmissionXlsxRoute } from '@opennrm/contracts';
import { getFilledSubmission, recordCountryReportDownload } from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentFilledSubmission } from '../presenters/country-report-presenters.ts';

/** A file download named after what and when; never cached (exact national figures). */
function download(body: Buffer, type: string, name: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerCountryReportRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getSubmissionRoute, async (c) => {
    const { template } = c.req.valid('param');
    const filled = await getFilledSubmission(ctxOf(c), { template, ...c.req.valid('query') });
    return c.json(presentFilledSubmission(filled), 200);
  });

  app.openapi(getSubmissionXlsxRoute, async (c) => {
    const { template } = c.req.valid('param');
    const ctx = ctxOf(c);
    const filled = await getFilledSubmission(ctx, { template, ...c.req.valid('query') });
    // exceljs is loaded when first asked for, as the report's renderers are.
    const { renderSubmissionXlsx } = await import('../country-report/render-submission-xlsx.ts');
    const file = await renderSubmissionXlsx(filled);
    await recordCountryReportDownload(ctx, {
      document: `submission.${template}`,
      period: filled.period,
      format: 'xlsx',
    });
    return download(file, xlsxType, `opennrm-${template}-${filled.period.from}.xlsx`);
  });
}
