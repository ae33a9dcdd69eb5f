import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { ExploitationForm } from '../identification/identification-vocabulary.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid } from '../support/errors.ts';
import type { CriminalCase } from './criminal-case.ts';
import { checkEventDay } from './prosecution-dates.ts';
import { readProsecutionSettings } from './prosecution-settings.ts';
import type { OpeningBody } from './prosecution-vocabulary.ts';
import { resolveProsecutor } from './resolve-prosecutor.ts';

export interface OpenCaseInput {
  reference: string;
  openedBy: OpeningBody;
  openedOn: string;
  legalBasis: string[];
  exploitationForms: ExploitationForm[];
  officialFlag?: boolean;
  prosecutorUserId?: string | null;
}

/**
 * Opens a criminal case for the actor's organisation. Flagged as involving a public official, the
 * case goes straight into the complicity compartment: from then on only the integrity unit and
 * the assigned prosecutor see it, not the opener's colleagues (nor the opener, unless one of them).
 */
export async function openCriminalCase(ctx: Ctx, input: OpenCaseInput): Promise<CriminalCase> {
  authorize(ctx.actor, 'criminal_case', 'create');
  const now = ctx.clock.now();
  const reference = input.reference.trim();
  if (!reference) throw invalid('Give the case a reference.', { fields: { reference: 'required' } });
  checkEventDay(input.openedOn, 'openedOn', now);
  const settings = await readProsecutionSettings(ctx.store);
  checkLegalBasis(
    input.legalBasis,
    settings.articles.map((a) => a.code),
  );
  const prosecutor = await resolveProsecutor(ctx, input.prosecutorUserId ?? null);
  return ctx.store.transaction(async (tx) => {
    const id = ctx.newId();
    const officialFlag = input.officialFlag ?? false;
    const c: CriminalCase = {
      id,
      organisationId: ctx.actor.organisationId,
      reference: reference.slice(0, 100),
      openedBy: input.openedBy,
      openedOn: input.openedOn,
      legalBasis: [...new Set(input.legalBasis)],
      exploitationForms: [...new Set(input.exploitationForms)],
      officialFlag,
      complicity: officialFlag,
      prosecutorUserId: prosecutor?.userId ?? null,
      prosecutorOrganisationId: prosecutor?.organisationId ?? null,
      alertIds: [],
      version: 1,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.prosecution.createCase(c);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.opened',
      entityType: 'criminal_case',
      entityId: id,
      details: { openedOn: c.openedOn, complicity: c.complicity, prosecutorUserId: c.prosecutorUserId },
    });
    return c;
  });
}

export function checkLegalBasis(codes: readonly string[], known: readonly string[]): void {
  if (codes.length === 0) throw invalid('Name at least one article.', { fields: { legalBasis: 'required' } });
  const unknown = codes.filter((c) => !known.includes(c));
  if (unknown.length > 0)
    throw invalid(`Unknown article: ${unknown.join(', ')}.`, { fields: { legalBasis: 'unknown' } });
}
