import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  getAssessmentRoute,
  getNarrativeDocxRoute,
  getNarrativePdfRoute,
  getNarrativeRoute,
  getSubmissionRoute,
  getSubmissionXlsxRoute,
  saveCriterionAssessmentRoute,
  saveNarrativeEditRoute,
} from '@opennrm/contracts';
import {
  getCountryAssessment,
  getCountryNarrative,
  getFilledSubmission,
  recordCountryReportDownload,
  saveCriterionAssessment,
  saveNarrativeEdit,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import {
  presentAssessment,
  presentFilledSubmission,
  presentNarrative,
} from '../presenters/country-report-presenters.ts';

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

const types = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

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
    return download(file, types.xlsx, `opennrm-${template}-${filled.period.from}.xlsx`);
  });

  app.openapi(getNarrativeRoute, async (c) => {
    const narrative = await getCountryNarrative(ctxOf(c), c.req.valid('query'));
    return c.json(presentNarrative(narrative), 200);
  });

  app.openapi(saveNarrativeEditRoute, async (c) => {
    const { part } = c.req.valid('param');
    const { edit, changedNumbers } = await saveNarrativeEdit(ctxOf(c), { part, ...c.req.valid('json') });
    return c.json(
      {
        version: edit.version,
        editedAt: edit.editedAt.toISOString(),
        changedNumbers: changedNumbers.map((x) => ({ ...x })),
      },
      200,
    );
  });

  for (const [route, format] of [
    [getNarrativeDocxRoute, 'docx'],
    [getNarrativePdfRoute, 'pdf'],
  ] as const) {
    app.openapi(route, async (c) => {
      const ctx = ctxOf(c);
      const narrative = await getCountryNarrative(ctx, c.req.valid('query'));
      const file =
        format === 'docx'
          ? await (await import('../country-report/render-narrative-docx.ts')).renderNarrativeDocx(narrative)
          : await (await import('../country-report/render-narrative-pdf.ts')).renderNarrativePdf(narrative);
      await recordCountryReportDownload(ctx, {
        document: 'narrative',
        period: narrative.period,
        format,
        locale: narrative.locale,
      });
      return download(
        file,
        types[format],
        `opennrm-narrative-${narrative.period.from}-${narrative.locale}.${format}`,
      );
    });
  }

  app.openapi(getAssessmentRoute, async (c) => {
    const assessment = await getCountryAssessment(ctxOf(c), c.req.valid('query'));
    return c.json(presentAssessment(assessment), 200);
  });

  app.openapi(saveCriterionAssessmentRoute, async (c) => {
    const { criterion } = c.req.valid('param');
    const saved = await saveCriterionAssessment(ctxOf(c), { criterion, ...c.req.valid('json') });
    return c.json(
      {
        verdict: saved.verdict,
        notes: saved.notes,
        version: saved.version,
        assessedAt: saved.assessedAt.toISOString(),
      },
      200,
    );
  });
}
