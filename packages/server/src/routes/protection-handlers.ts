import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  admitRoute,
  allocateRoute,
  createBudgetLineRoute,
  createFacilityRoute,
  disburseRoute,
  dischargeRoute,
  getFacilityRoute,
  getFundingRoute,
  getPersonSupportRoute,
  getProtectionSettingsRoute,
  getShelterBoardRoute,
  recordCooperationRoute,
  recordPermitRoute,
  recordReflectionRoute,
  recordReturnRoute,
  recordServiceRoute,
  revealFacilityAddressRoute,
  updateFacilityRoute,
  updateProtectionSettingsRoute,
} from '@opennrm/contracts';
import {
  admitToShelter,
  allocateFunding,
  createBudgetLine,
  createFacility,
  describeFacility,
  dischargeFromShelter,
  getFacility,
  getFundingYear,
  getPersonSupport,
  getProtectionSettings,
  getShelterBoard,
  recordCooperation,
  recordDisbursement,
  recordReflectionPeriod,
  recordResidencePermit,
  recordReturn,
  recordServiceDelivery,
  revealFacilityAddress,
  updateFacility,
  updateProtectionSettings,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import {
  presentAllocation,
  presentBudgetLine,
  presentCooperation,
  presentDisbursement,
  presentFacility,
  presentPermit,
  presentReflection,
  presentResident,
  presentReturn,
  presentService,
  presentStay,
  presentSupport,
} from '../presenters/protection-presenters.ts';

export function registerProtectionRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getProtectionSettingsRoute, async (c) =>
    c.json({ settings: await getProtectionSettings(ctxOf(c)) }, 200),
  );
  app.openapi(updateProtectionSettingsRoute, async (c) =>
    c.json({ settings: await updateProtectionSettings(ctxOf(c), c.req.valid('json')) }, 200),
  );
  app.openapi(getPersonSupportRoute, async (c) =>
    c.json({ support: presentSupport(await getPersonSupport(ctxOf(c), c.req.valid('param').id)) }, 200),
  );
  app.openapi(recordServiceRoute, async (c) => {
    const service = await recordServiceDelivery(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(
      { service: presentService({ ...service, note: c.req.valid('json').note?.trim() || null }) },
      201,
    );
  });
  app.openapi(recordCooperationRoute, async (c) =>
    c.json(
      {
        cooperation: presentCooperation(
          await recordCooperation(ctxOf(c), c.req.valid('param').id, c.req.valid('json')),
        ),
      },
      201,
    ),
  );
  app.openapi(recordReflectionRoute, async (c) =>
    c.json(
      {
        reflectionPeriod: presentReflection(
          await recordReflectionPeriod(ctxOf(c), c.req.valid('param').id, c.req.valid('json')),
        ),
      },
      201,
    ),
  );
  app.openapi(recordPermitRoute, async (c) =>
    c.json(
      {
        residencePermit: presentPermit(
          await recordResidencePermit(ctxOf(c), c.req.valid('param').id, c.req.valid('json')),
        ),
      },
      201,
    ),
  );
  app.openapi(recordReturnRoute, async (c) => {
    const { record, coordinatorsAlerted } = await recordReturn(
      ctxOf(c),
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json({ return: presentReturn(record), coordinatorsAlerted }, 201);
  });
  app.openapi(getShelterBoardRoute, async (c) => {
    const board = await getShelterBoard(ctxOf(c));
    return c.json({ board: { ...board, facilities: board.facilities.map(presentFacility) } }, 200);
  });
  app.openapi(createFacilityRoute, async (c) => {
    const ctx = ctxOf(c);
    const facility = await createFacility(ctx, c.req.valid('json'));
    const view = describeFacility(ctx, {
      ...facility,
      occupancy: { women: 0, men: 0, children: 0, families: 0 },
    });
    return c.json({ facility: presentFacility(view) }, 201);
  });
  app.openapi(getFacilityRoute, async (c) => {
    const { facility, residents } = await getFacility(ctxOf(c), c.req.valid('param').id);
    return c.json(
      { facility: presentFacility(facility), residents: residents ? residents.map(presentResident) : null },
      200,
    );
  });
  app.openapi(updateFacilityRoute, async (c) => {
    const ctx = ctxOf(c);
    const saved = await updateFacility(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ facility: presentFacility(describeFacility(ctx, saved)) }, 200);
  });
  app.openapi(revealFacilityAddressRoute, async (c) =>
    c.json({ address: await revealFacilityAddress(ctxOf(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(admitRoute, async (c) =>
    c.json(
      { stay: presentStay(await admitToShelter(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))) },
      201,
    ),
  );
  app.openapi(dischargeRoute, async (c) =>
    c.json(
      {
        stay: presentStay(await dischargeFromShelter(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
      },
      200,
    ),
  );
  app.openapi(getFundingRoute, async (c) => {
    const year = await getFundingYear(ctxOf(c), c.req.valid('query').year);
    return c.json(
      {
        funding: {
          lines: year.lines.map(presentBudgetLine),
          allocations: year.allocations.map(presentAllocation),
          disbursements: year.disbursements.map(presentDisbursement),
        },
      },
      200,
    );
  });
  app.openapi(createBudgetLineRoute, async (c) =>
    c.json({ line: presentBudgetLine(await createBudgetLine(ctxOf(c), c.req.valid('json'))) }, 201),
  );
  app.openapi(allocateRoute, async (c) =>
    c.json(
      {
        allocation: presentAllocation(
          await allocateFunding(ctxOf(c), c.req.valid('param').id, c.req.valid('json')),
        ),
      },
      201,
    ),
  );
  app.openapi(disburseRoute, async (c) =>
    c.json(
      {
        disbursement: presentDisbursement(
          await recordDisbursement(ctxOf(c), c.req.valid('param').id, c.req.valid('json')),
        ),
      },
      201,
    ),
  );
}
