import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import { validateIndicatorList } from '../screening/validate-indicator-list.ts';
import { invalid } from '../support/errors.ts';

/**
 * An administrator loads a country's own list (its SOP), validated as a whole. It becomes the
 * next version of its key; earlier versions stay, since screenings name the version they used.
 */
export async function loadIndicatorList(ctx: Ctx, input: unknown): Promise<IndicatorList> {
  authorize(ctx.actor, 'configuration', 'update');
  const candidate = validateIndicatorList(input);
  refuseClaimedVerification(candidate);
  return ctx.store.transaction(async (tx) => {
    const latest = await tx.indicatorLists.get(candidate.key);
    const list = { ...candidate, version: (latest?.version ?? 0) + 1 };
    await tx.indicatorLists.save(list, ctx.actor.userId, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'indicator_list.loaded',
      entityType: 'indicator_list',
      entityId: `${list.key}@${list.version}`,
      details: { indicators: list.indicators.length, rule: list.rule },
    });
    return list;
  });
}

/**
 * A file cannot make itself verified: verification is a separate, audited act naming who checked
 * the loaded version against which document (verify-indicator-list.ts). Items may say they are
 * derived or unverified; that is only ever more modest than the truth.
 */
function refuseClaimedVerification(list: IndicatorList): void {
  const problems = [
    ...(list.provenance?.verification
      ? [{ path: 'provenance.verification', message: 'Load the list first, then mark the version verified.' }]
      : []),
    ...list.indicators.flatMap((item, index) =>
      item.provenance?.status === 'verified'
        ? [
            {
              path: `indicators[${index}].provenance.status`,
              message: 'An item becomes verified when the loaded version is marked verified as a whole.',
            },
          ]
        : [],
    ),
  ];
  if (problems.length > 0) throw invalid('The indicator list is not valid.', { problems });
}
