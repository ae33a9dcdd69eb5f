import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Organisation } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { conflict, invalid } from '../support/errors.ts';
import { type OrganisationInput, organisationAddressAad } from './organisation-input.ts';

export async function createOrganisation(ctx: Ctx, input: OrganisationInput): Promise<Organisation> {
  authorize(ctx.actor, 'organisation', 'create');
  const name = input.name.trim();
  const now = ctx.clock.now();
  const id = ctx.newId();
  return ctx.store.transaction(async (tx) => {
    if (await tx.organisations.findByName(name)) {
      throw conflict(`An organisation named "${name}" already exists.`, { fields: { name: 'taken' } });
    }
    if (input.parentId && !(await tx.organisations.get(input.parentId))) {
      throw invalid('The parent organisation does not exist.', { fields: { parentId: 'unknown' } });
    }
    const organisation: Organisation = {
      id,
      name,
      type: input.type,
      region: input.region?.trim() || null,
      parentId: input.parentId ?? null,
      active: input.active ?? true,
      addressSealed: input.address ? ctx.sealer.seal(input.address, organisationAddressAad(id)) : null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.organisations.create(organisation);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: id,
      details: { name, type: input.type, region: organisation.region, hasAddress: Boolean(input.address) },
    });
    return organisation;
  });
}
