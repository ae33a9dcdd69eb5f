import type { Ctx } from '../context.ts';
import { invalid } from '../support/errors.ts';

/**
 * The prosecutor a case is assigned to: an active user holding the prosecutor role. The case is
 * then shared with their organisation (and, if it involves an official, with them alone there).
 */
export async function resolveProsecutor(
  ctx: Ctx,
  userId: string | null,
): Promise<{ userId: string; organisationId: string } | null> {
  if (!userId) return null;
  const user = await ctx.store.users.get(userId);
  if (!user?.active || !user.roles.includes('prosecutor'))
    throw invalid('Choose an active prosecutor.', { fields: { prosecutorUserId: 'invalid' } });
  return { userId: user.id, organisationId: user.organisationId };
}
