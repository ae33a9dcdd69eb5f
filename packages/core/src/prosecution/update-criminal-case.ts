import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { ExploitationForm } from '../identification/identification-vocabulary.ts';
import { conflict, invalid } from '../support/errors.ts';
import type { CriminalCase } from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';
import { checkLegalBasis } from './open-criminal-case.ts';
import { checkEventDay } from './prosecution-dates.ts';
import { readProsecutionSettings } from './prosecution-settings.ts';
import { resolveProsecutor } from './resolve-prosecutor.ts';

export interface CasePatch {
  version: number;
  reference?: string;
  openedOn?: string;
  legalBasis?: string[];
  exploitationForms?: ExploitationForm[];
  officialFlag?: boolean;
  /** null: unassign. */
  prosecutorUserId?: string | null;
}

/**
 * Changes a case (compare-and-set on its version: a stale page gets 409). Raising the complicity
 * flag is anyone's who may edit; lifting it only the integrity unit's, since it hands the case
 * back to the opening unit. Reassigning the prosecutor moves the case to their organisation.
 */
export async function updateCriminalCase(ctx: Ctx, id: string, patch: CasePatch): Promise<CriminalCase> {
  const current = await loadCaseFor(ctx, id, 'update');
  if (patch.officialFlag === false && current.complicity) await loadCaseFor(ctx, id, 'clear_complicity');
  const next: Partial<CriminalCase> = {};
  if (patch.reference !== undefined) {
    if (!patch.reference.trim())
      throw invalid('Give the case a reference.', { fields: { reference: 'required' } });
    next.reference = patch.reference.trim().slice(0, 100);
  }
  if (patch.openedOn !== undefined)
    next.openedOn = checkEventDay(patch.openedOn, 'openedOn', ctx.clock.now());
  if (patch.legalBasis !== undefined) {
    const settings = await readProsecutionSettings(ctx.store);
    checkLegalBasis(
      patch.legalBasis,
      settings.articles.map((a) => a.code),
    );
    next.legalBasis = [...new Set(patch.legalBasis)];
  }
  if (patch.exploitationForms !== undefined) next.exploitationForms = [...new Set(patch.exploitationForms)];
  if (patch.prosecutorUserId !== undefined) {
    const prosecutor = await resolveProsecutor(ctx, patch.prosecutorUserId);
    next.prosecutorUserId = prosecutor?.userId ?? null;
    next.prosecutorOrganisationId = prosecutor?.organisationId ?? null;
  }
  return ctx.store.transaction(async (tx) => {
    if (patch.officialFlag !== undefined) {
      next.officialFlag = patch.officialFlag;
      const officials = (await tx.prosecution.listDefendants(id)).some((d) => d.publicOfficial);
      next.complicity = patch.officialFlag || officials;
    }
    next.updatedAt = ctx.clock.now();
    next.version = patch.version + 1;
    const changed = await tx.prosecution.updateCase(id, patch.version, next);
    if (changed === 0) throw conflict('The case was changed meanwhile. Reload it and try again.');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.updated',
      entityType: 'criminal_case',
      entityId: id,
      details: { fields: Object.keys(patch).filter((k) => k !== 'version'), complicity: next.complicity },
    });
    return { ...current, ...next };
  });
}
