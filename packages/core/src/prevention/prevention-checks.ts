import type { Ctx } from '../context.ts';
import { scopeFor } from '../policy/authorize.ts';
import type { Resource } from '../policy/permissions.ts';
import { readStatisticsSettings } from '../statistics/statistics-settings.ts';
import { localDateOf } from '../statistics/zoned-day.ts';
import { isCalendarDate } from '../support/calendar-date.ts';
import { forbidden, invalid } from '../support/errors.ts';

/** A value of a closed list (the API checks it too; imports and scripts reach core directly). */
export function oneOf<T extends string>(list: readonly T[], value: string, field: string): T {
  if (!(list as readonly string[]).includes(value))
    throw invalid(`Unknown ${field}.`, { fields: { [field]: 'invalid' } });
  return value as T;
}

/** A day something happened: a real date, not after today in the country's time zone. */
export async function pastDay(ctx: Ctx, value: string, field: string): Promise<string> {
  if (!isCalendarDate(value))
    throw invalid('The date must be a real date (YYYY-MM-DD).', { fields: { [field]: 'invalid' } });
  const { timeZone } = await readStatisticsSettings(ctx.store);
  if (value > localDateOf(ctx.clock.now(), timeZone))
    throw invalid('The date is in the future.', { fields: { [field]: 'future' } });
  return value;
}

/** Required text, trimmed and cut to a length. */
export function text(value: string, field: string, max = 300): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalid('This field is required.', { fields: { [field]: 'required' } });
  return trimmed.slice(0, max);
}

/** A whole number of people or events, 0 or more. */
export function count(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 100_000_000)
    throw invalid('Give a whole number, 0 or more.', { fields: { [field]: 'invalid' } });
  return value;
}

/**
 * Which organisation's records a list may show: all of them (`all`), or the actor's own. The
 * store filters by it, so a list never holds another body's record.
 */
export function listOrganisation(ctx: Ctx, resource: Resource): string | null {
  const scope = scopeFor(ctx.actor, resource, 'read');
  if (scope === 'all') return null;
  if (scope === 'own_organisation' || scope === 'linked') return ctx.actor.organisationId;
  throw forbidden();
}
