import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { duplicateKeys, nameSearchKeys } from '../persons/duplicate-key.ts';
import { authorize } from '../policy/authorize.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import { DomainError } from '../support/errors.ts';
import type { DuplicateMatch } from './identification-ports.ts';

/**
 * A possible match. The duplicate check must not locate victims (a corrupt official with a
 * legitimate account could otherwise learn which body shelters a named person), so it tells:
 * - yours: a record the caller's organisation can already open (its code, to open it);
 * - elsewhere: another body holds a match. Not which one: the caller may ask it to get in touch
 *   (`requestDuplicateContact`), and the holder decides whether and how to answer.
 */
export type PossibleDuplicate =
  | { holder: 'yours'; personId: string; code: string }
  | { holder: 'elsewhere'; personId: null; code: null };

export interface DuplicateProbe {
  name: string;
  birthDate?: string | null;
  birthYear?: number | null;
}

/**
 * Keys of a probe. With a full birth date the year-only keys are added too, so a record made
 * with the date still meets one made by someone who knew only the year.
 */
export function keysFor(ctx: Pick<Ctx, 'lookupKey'>, probe: DuplicateProbe): string[] {
  const date = probe.birthDate ?? null;
  const year = probe.birthYear ?? (date ? Number(date.slice(0, 4)) : null);
  const keys = duplicateKeys(ctx.lookupKey, probe.name, date, year);
  if (date && year) keys.push(...duplicateKeys(ctx.lookupKey, probe.name, null, year));
  return [...new Set(keys)];
}

/** What a person's record stores: its duplicate keys and the name-only keys of the name search. */
export function storedKeysFor(ctx: Pick<Ctx, 'lookupKey'>, probe: DuplicateProbe): string[] {
  return [...keysFor(ctx, probe), ...nameSearchKeys(ctx.lookupKey, probe.name)];
}

/**
 * Looks for records of the same person anywhere in the country, by keyed hashes of the
 * normalised name and birth date. Every call counts against the caller's and its organisation's
 * hourly limit (in the database, so every server process shares it) and is audited: who asked
 * and whether a match was found, never the name.
 */
export async function findPossibleDuplicates(
  ctx: Ctx,
  probe: DuplicateProbe,
  purpose: 'check' | 'register' | 'contact' = 'check',
): Promise<{ duplicates: PossibleDuplicate[]; holders: { personId: string; organisationId: string }[] }> {
  authorize(ctx.actor, 'person', 'create');
  const keys = keysFor(ctx, probe);
  // A registration without a name probes nothing: it does not count against the limit.
  if (keys.length === 0) return { duplicates: [], holders: [] };
  await spendDuplicateCheck(ctx);
  const matches = await ctx.store.persons.findByDuplicateKeys(keys);
  // Two reads whatever the number of matches: every match's access facts, then the codes of
  // those the caller may open (a code of any other would locate the person).
  const facts = await ctx.store.persons.accessFactsOf(matches.map((m) => m.personId));
  const readable = (m: DuplicateMatch) => {
    const f = facts.get(m.personId);
    return f !== undefined && mayOnPerson(ctx.actor, 'read', f);
  };
  const codes = await ctx.store.persons.codesOf(matches.filter(readable).map((m) => m.personId));
  const duplicates: PossibleDuplicate[] = [];
  const elsewhere: { personId: string; organisationId: string }[] = [];
  for (const match of matches) {
    const code = codes.get(match.personId);
    if (code) duplicates.push({ holder: 'yours', personId: match.personId, code });
    else elsewhere.push(match);
  }
  if (elsewhere.length > 0) duplicates.push({ holder: 'elsewhere', personId: null, code: null });
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'person.duplicate_checked',
    entityType: 'person',
    entityId: null,
    details: {
      purpose,
      matched: matches.length > 0,
      yours: duplicates.length - (elsewhere.length ? 1 : 0),
      elsewhere: elsewhere.length > 0,
    },
  });
  return { duplicates, holders: elsewhere };
}

/** Enough for registering (SecuritySettings: 60 per user, 300 per organisation an hour), too few to sweep names. */
async function spendDuplicateCheck(ctx: Ctx): Promise<void> {
  const now = ctx.clock.now();
  const windowMs = 3_600_000;
  const user = await ctx.store.throttle.hit(`duplicate-check:user:${ctx.actor.userId}`, now, windowMs);
  const org = await ctx.store.throttle.hit(`duplicate-check:org:${ctx.actor.organisationId}`, now, windowMs);
  if (
    user > ctx.security.duplicateChecksPerUserHour ||
    org > ctx.security.duplicateChecksPerOrganisationHour
  ) {
    throw new DomainError(
      'rate_limited',
      'Too many duplicate checks. Try again later, or ask the national coordinator.',
      { retryAfterSeconds: 3600 },
    );
  }
}
