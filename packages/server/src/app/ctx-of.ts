import type { Ctx } from '@opennrm/core';
import type { Context } from 'hono';
import type { AppEnv } from './server-env.ts';

/** The use-case context of an authenticated request. */
export function ctxOf(c: Context<AppEnv>): Ctx {
  return { ...c.get('deps'), actor: c.get('actor'), request: c.get('meta') };
}
