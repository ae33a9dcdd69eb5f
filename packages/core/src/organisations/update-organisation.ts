import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Organisation } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { conflict, invalid, notFound } from '../support/errors.ts';
import { type OrganisationInput, organisationAddressAad } from './organisation-input.ts';

export async function updateOrganisation(
  ctx: Ctx,
  id: string,
  input: Partial<OrganisationInput>,
): Promise<Organisation> {
  authorize(ctx.actor, 'organisation', 'update');
  return ctx.store.transaction(async (tx) => {
    const current = await tx.organisations.get(id);
    if (!current) throw notFound('The organisation');
    const changes: Partial<Organisation> = { updatedAt: ctx.clock.now() };
    if (input.name !== undefined) {
      const name = input.name.trim();
      const other = await tx.organisations.findByName(name);
      if (other && other.id !== id) throw conflict(`An organisation named "${name}" already exists.`);
      changes.name = name;
    }
    if (input.type !== undefined) changes.type = input.type;
    if (input.region !== undefined) changes.region = input.region?.trim() || null;
    if (input.active !== undefined) {
      if (!input.active && id === ctx.actor.organisationId) {
        throw invalid('You cannot deactivate your own organisation.', {
          fields: { active: 'own_organisation' },
        });
      }
      changes.active = input.active;
    }
    if (input.parentId !== undefined) {
      // Walk up from the new parent: reaching this organisation would make a loop.
      for (let at = input.parentId, hops = 0; at; hops += 1) {
        if (at === id || hops > 100) {
          throw invalid('An organisation cannot be placed under itself or one of its own branches.', {
            fields: { parentId: 'cycle' },
          });
        }
        const parent = await tx.organisations.get(at);
        if (!parent)
          throw invalid('The parent organisation does not exist.', { fields: { parentId: 'unknown' } });
        at = parent.parentId;
      }
      changes.parentId = input.parentId;
    }
    if (input.address !== undefined) {
      changes.addressSealed = input.address
        ? ctx.sealer.seal(input.address, organisationAddressAad(id))
        : null;
    }
    await tx.organisations.update(id, changes);
    const { addressSealed: _sealed, updatedAt: _at, ...visible } = changes;
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      details: { changes: visible, addressChanged: input.address !== undefined },
    });
    return { ...current, ...changes };
  });
}
