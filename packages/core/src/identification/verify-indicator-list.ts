import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import { itemsUnderReview, type ListVerification } from '../screening/provenance.ts';
import { conflict, invalid, notFound } from '../support/errors.ts';

export interface VerifyIndicatorListInput {
  /** The document the version was checked against: title, edition, language. */
  document: string;
  page?: string | null;
  note?: string | null;
  /** Required when items are flagged for review: the administrator says they checked those too. */
  flaggedItemsChecked?: boolean;
}

/**
 * An administrator records that a list version was checked, item by item, against a document:
 * who, when, against what. The definition never changes (screenings rely on it); the verification
 * is kept beside it, once per version, and audited. A version found wrong is not verified: a
 * corrected version is loaded instead (load-indicator-list.ts).
 */
export async function verifyIndicatorList(
  ctx: Ctx,
  key: string,
  version: number,
  input: VerifyIndicatorListInput,
): Promise<IndicatorList> {
  authorize(ctx.actor, 'configuration', 'update');
  const document = input.document.trim();
  if (document === '')
    throw invalid('Name the document you checked the list against.', { fields: { document: 'required' } });
  return ctx.store.transaction(async (tx) => {
    const list = await tx.indicatorLists.get(key, version);
    if (!list) throw notFound(`The indicator list ${key} v${version}`);
    if (list.provenance?.verification) throw conflict('This version is verified already.');
    const flagged = itemsUnderReview(list);
    if (flagged.length > 0 && input.flaggedItemsChecked !== true) {
      throw invalid('Items of this version are flagged for review: confirm you checked them too.', {
        fields: { flaggedItemsChecked: 'required' },
        flagged,
      });
    }
    const user = await tx.users.get(ctx.actor.userId);
    const verification: ListVerification = {
      by: ctx.actor.userId,
      byName: user?.displayName ?? ctx.actor.userId,
      at: ctx.clock.now().toISOString(),
      document,
      page: input.page?.trim() || null,
      note: input.note?.trim() || null,
    };
    if (!(await tx.indicatorLists.verify(key, version, verification)))
      throw conflict('This version is verified already.');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'indicator_list.verified',
      entityType: 'indicator_list',
      entityId: `${key}@${version}`,
      details: { document, page: verification.page, flaggedItems: flagged.length },
    });
    return { ...list, provenance: { ...(list.provenance ?? { source: null }), verification } };
  });
}
