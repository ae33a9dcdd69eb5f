import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  addDefendantRoute,
  getCaseRoute,
  linkCaseAlertRoute,
  linkCaseVictimRoute,
  listCasesRoute,
  listPenaltiesRoute,
  openCaseRoute,
  prosecutionOptionsRoute,
  recordMeasureRoute,
  recordPaymentRoute,
  recordPenaltyRoute,
  recordStageRoute,
  revealDefendantRoute,
  updateCaseRoute,
  updateSentenceBandsRoute,
} from '@opennrm/contracts';
import {
  addDefendant,
  caseAbilities,
  describeAfterChange,
  describeCriminalCase,
  linkCaseAlert,
  linkCaseVictim,
  listCriminalCases,
  listVictimPenalties,
  openCriminalCase,
  prosecutionOptions,
  readCriminalCase,
  recordAdministrativeMeasure,
  recordCompensationPayment,
  recordDefendantStage,
  recordVictimPenalty,
  revealDefendantName,
  updateCriminalCase,
  updateSentenceBands,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import {
  presentCase,
  presentCaseDetail,
  presentDefendant,
  presentMeasure,
  presentPayment,
  presentPenalty,
  presentStage,
} from '../presenters/prosecution-presenters.ts';

export function registerProsecutionRoutes(app: OpenAPIHono<AppEnv>): void {
  // Before /api/cases/{id}: "options" is no case id.
  app.openapi(prosecutionOptionsRoute, async (c) => {
    const { settings, prosecutors } = await prosecutionOptions(ctxOf(c));
    return c.json({ ...settings, sentenceBands: [...settings.sentenceBands], prosecutors }, 200);
  });
  app.openapi(updateSentenceBandsRoute, async (c) => {
    const sentenceBands = await updateSentenceBands(ctxOf(c), c.req.valid('json').sentenceBands);
    return c.json({ sentenceBands: [...sentenceBands] }, 200);
  });
  app.openapi(listCasesRoute, async (c) => {
    const ctx = ctxOf(c);
    const { limit = 50, offset = 0, ...filter } = c.req.valid('query');
    const page = await listCriminalCases(ctx, filter, { limit, offset });
    return c.json(
      {
        cases: page.cases.map((x) => ({ ...presentCase(x), may: caseAbilities(ctx.actor, x) })),
        total: page.total,
      },
      200,
    );
  });
  app.openapi(openCaseRoute, async (c) => {
    const ctx = ctxOf(c);
    const view = await describeAfterChange(ctx, await openCriminalCase(ctx, c.req.valid('json')));
    return view ? c.json(presentCaseDetail(view), 201) : c.json({ handedOver: true as const }, 202);
  });
  app.openapi(getCaseRoute, async (c) =>
    c.json(presentCaseDetail(await readCriminalCase(ctxOf(c), c.req.valid('param').id)), 200),
  );
  app.openapi(updateCaseRoute, async (c) => {
    const ctx = ctxOf(c);
    const updated = await updateCriminalCase(ctx, c.req.valid('param').id, c.req.valid('json'));
    const view = await describeAfterChange(ctx, updated);
    return view ? c.json(presentCaseDetail(view), 200) : c.json({ handedOver: true as const }, 202);
  });
  app.openapi(linkCaseVictimRoute, async (c) => {
    const v = await linkCaseVictim(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(
      {
        victim: {
          personId: v.personId,
          personCode: null,
          role: v.role,
          testified: v.testified,
          testifiedOn: v.testifiedOn,
          protectionMeasures: v.protectionMeasures,
        },
      },
      200,
    );
  });
  app.openapi(linkCaseAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    const linked = await linkCaseAlert(ctx, c.req.valid('param').id, c.req.valid('json').alertId);
    return c.json(presentCaseDetail(await describeCriminalCase(ctx, linked)), 200);
  });
  app.openapi(addDefendantRoute, async (c) => {
    const d = await addDefendant(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ defendant: presentDefendant(d) }, 201);
  });
  app.openapi(recordStageRoute, async (c) => {
    const { id, defendantId } = c.req.valid('param');
    const result = await recordDefendantStage(ctxOf(c), id, defendantId, c.req.valid('json'));
    return c.json({ defendant: presentDefendant(result.defendant), stage: presentStage(result.stage) }, 201);
  });
  app.openapi(revealDefendantRoute, async (c) => {
    const { id, defendantId } = c.req.valid('param');
    return c.json({ name: await revealDefendantName(ctxOf(c), id, defendantId) }, 200);
  });
  app.openapi(recordMeasureRoute, async (c) => {
    const { id, defendantId } = c.req.valid('param');
    const m = await recordAdministrativeMeasure(ctxOf(c), id, defendantId, c.req.valid('json'));
    return c.json({ measure: presentMeasure(m) }, 201);
  });
  app.openapi(recordPaymentRoute, async (c) => {
    const { id, defendantId } = c.req.valid('param');
    const result = await recordCompensationPayment(ctxOf(c), id, defendantId, c.req.valid('json'));
    return c.json(
      { defendant: presentDefendant(result.defendant), payment: presentPayment(result.payment) },
      201,
    );
  });
  app.openapi(listPenaltiesRoute, async (c) =>
    c.json(
      { penalties: (await listVictimPenalties(ctxOf(c), c.req.valid('param').id)).map(presentPenalty) },
      200,
    ),
  );
  app.openapi(recordPenaltyRoute, async (c) => {
    const p = await recordVictimPenalty(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ penalty: presentPenalty(p) }, 201);
  });
}
