import type { Ctx } from '../context.ts';
import { can } from '../policy/authorize.ts';
import { forbidden } from '../support/errors.ts';

/** Screeners and administrators read the lists; nobody else needs them. */
export function authorizeIndicatorListRead(ctx: Ctx): void {
  if (
    !can(ctx.actor, 'person', 'create') &&
    !can(ctx.actor, 'person', 'update') &&
    !can(ctx.actor, 'configuration', 'read')
  ) {
    throw forbidden();
  }
}
