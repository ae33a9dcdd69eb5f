import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Locale } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { conflict, invalid } from '../support/errors.ts';
import type { NarrativeEdit } from './country-report-ports.ts';
import { getCountryNarrative } from './get-country-narrative.ts';
import type { NarrativePart } from './narrative/draft-country-narrative.ts';
import { flagNumberChanges, type NumberChange } from './narrative/flag-number-changes.ts';

export interface NarrativeEditInput {
  year: number;
  locale: Locale;
  part: NarrativePart;
  text: string;
  /** The version the editor read (0: no edit yet). */
  version: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Saves the editor's text of one part beside today's draft (compare-and-set on the version) and
 * audits it with the numbers it changed; the draft itself is never altered.
 */
export async function saveNarrativeEdit(
  ctx: Ctx,
  input: NarrativeEditInput,
): Promise<{ edit: NarrativeEdit; changedNumbers: NumberChange[] }> {
  authorize(ctx.actor, 'country_report', 'update');
  const text = input.text.trim();
  if (text.length === 0) throw invalid('Write the text of this part.', { fields: { text: 'required' } });
  const narrative = await getCountryNarrative(ctx, { year: input.year, locale: input.locale });
  const part = narrative.parts.find((p) => p.part === input.part);
  if (!part) throw invalid('Unknown part.', { fields: { part: 'invalid' } });
  const edit: NarrativeEdit = {
    year: input.year,
    locale: input.locale,
    part: input.part,
    draft: part.draft,
    edited: text,
    version: input.version + 1,
    editedBy: ctx.actor.userId,
    editedAt: ctx.clock.now(),
  };
  const changedNumbers = flagNumberChanges(part.draft, text, input.locale);
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.countryReports.putEdit(edit, input.version))) {
      throw conflict('Someone saved this part in the meantime; reload to see their text.');
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'country_report.narrative_edited',
      entityType: 'country_report',
      entityId: `${input.year}:${input.locale}:${input.part}`,
      details: {
        year: input.year,
        locale: input.locale,
        part: input.part,
        version: edit.version,
        draftSha256: sha256(part.draft),
        editedSha256: sha256(text),
        changedNumbers: changedNumbers.map((c) => `${c.kind}:${c.number}`),
      },
    });
  });
  return { edit, changedNumbers };
}
