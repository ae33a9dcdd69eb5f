import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { type ProsecutionSettings, readProsecutionSettings } from './prosecution-settings.ts';

export interface ProsecutorOption {
  userId: string;
  displayName: string;
  organisationId: string;
}

/** What a case form offers: the country's articles, the sentence bands, and the prosecutors. */
export async function prosecutionOptions(
  ctx: Ctx,
): Promise<{ settings: ProsecutionSettings; prosecutors: ProsecutorOption[] }> {
  authorize(ctx.actor, 'criminal_case', 'create');
  const settings = await readProsecutionSettings(ctx.store);
  const users = await ctx.store.users.list(
    { role: 'prosecutor' },
    { scope: 'all', userId: ctx.actor.userId, organisationId: ctx.actor.organisationId },
  );
  return {
    settings,
    prosecutors: users.map((u) => ({
      userId: u.id,
      displayName: u.displayName,
      organisationId: u.organisationId,
    })),
  };
}
