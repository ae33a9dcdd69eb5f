import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { OversightActivity } from './prevention.ts';
import { count, oneOf, pastDay, text } from './prevention-checks.ts';
import { findPreventionPlace } from './prevention-places.ts';
import { oversightKinds } from './prevention-vocabulary.ts';

export interface OversightInput {
  kind: string;
  heldOn: string;
  subject: string;
  placeCode?: string | null | undefined;
  inspections?: number | undefined;
  violationsFound?: number | undefined;
  employersSanctioned?: number | undefined;
  licencesRevoked?: number | undefined;
}

/** Records an inspection of a recruitment agency or workplace, or a demand-reduction measure. */
export async function recordOversightActivity(ctx: Ctx, input: OversightInput): Promise<OversightActivity> {
  authorize(ctx.actor, 'prevention_activity', 'create', { organisationId: ctx.actor.organisationId });
  const kind = oneOf(oversightKinds, input.kind, 'kind');
  const place = input.placeCode ? await findPreventionPlace(ctx.store, input.placeCode, 'placeCode') : null;
  const inspects = kind === 'recruitment_agency_inspection' || kind === 'workplace_inspection';
  const activity: OversightActivity = {
    id: ctx.newId(),
    organisationId: ctx.actor.organisationId,
    kind,
    heldOn: await pastDay(ctx, input.heldOn, 'heldOn'),
    subject: text(input.subject, 'subject', 200),
    placeCode: place?.code ?? null,
    inspections: count(input.inspections ?? (inspects ? 1 : 0), 'inspections'),
    violationsFound: count(input.violationsFound ?? 0, 'violationsFound'),
    employersSanctioned: count(input.employersSanctioned ?? 0, 'employersSanctioned'),
    licencesRevoked: count(input.licencesRevoked ?? 0, 'licencesRevoked'),
    createdBy: ctx.actor.userId,
    createdAt: ctx.clock.now(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.prevention.addOversight(activity);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'prevention.oversight_recorded',
      entityType: 'oversight_activity',
      entityId: activity.id,
      details: { kind, heldOn: activity.heldOn },
    });
  });
  return activity;
}
