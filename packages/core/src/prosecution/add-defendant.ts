import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { invalid } from '../support/errors.ts';
import { type Defendant, defendantNameAad } from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';
import { checkEventDay } from './prosecution-dates.ts';
import type { DefendantAgeBand, DefendantKind, DefendantSex } from './prosecution-vocabulary.ts';

export interface DefendantInput {
  kind: DefendantKind;
  name: string;
  sex: DefendantSex;
  ageBand: DefendantAgeBand;
  citizenship: string | null;
  publicOfficial: boolean;
  publicFunction: string | null;
  /** The day they became a suspect (their first stage, `investigated`). */
  investigatedOn: string;
}

/**
 * Adds a suspect to a case: a person or a company, the name sealed like a victim's identity. A
 * public official puts the whole case into the complicity compartment in the same transaction.
 */
export async function addDefendant(ctx: Ctx, caseId: string, input: DefendantInput): Promise<Defendant> {
  const c = await loadCaseFor(ctx, caseId, 'update');
  if (!input.name.trim()) throw invalid('Give the name.', { fields: { name: 'required' } });
  if (input.publicOfficial && !input.publicFunction?.trim())
    throw invalid("Give the official's public function.", { fields: { publicFunction: 'required' } });
  const now = ctx.clock.now();
  checkEventDay(input.investigatedOn, 'investigatedOn', now);
  const company = input.kind === 'company';
  const id = ctx.newId();
  const defendant: Defendant = {
    id,
    caseId,
    kind: input.kind,
    nameSealed: ctx.sealer.seal(input.name.trim().slice(0, 300), defendantNameAad(id)),
    sex: company ? 'unknown' : input.sex,
    ageBand: company ? 'unknown' : input.ageBand,
    citizenship: input.citizenship,
    publicOfficial: !company && input.publicOfficial,
    publicFunction:
      !company && input.publicOfficial ? (input.publicFunction?.trim().slice(0, 200) ?? null) : null,
    stage: 'investigated',
    investigatedOn: input.investigatedOn,
    chargedOn: null,
    trialOn: null,
    verdict: null,
    verdictOn: null,
    closeReason: null,
    sentencedOn: null,
    sentence: null,
    sentenceReplaced: 0,
    sentenceReduced: false,
    appealedOn: null,
    finalOn: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.store.transaction(async (tx) => {
    await tx.prosecution.createDefendant(defendant);
    await tx.prosecution.addStage({
      id: ctx.newId(),
      defendantId: id,
      stage: 'investigated',
      occurredOn: input.investigatedOn,
      verdict: null,
      closeReason: null,
      sentence: null,
      replacesStageId: null,
      recordedBy: ctx.actor.userId,
      recordedAt: now,
    });
    if (defendant.publicOfficial && !c.complicity) {
      // Unconditional, not compare-and-set: the compartment closes whatever else changed meanwhile.
      await tx.prosecution.markComplicity(caseId, now);
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.defendant_added',
      entityType: 'criminal_case',
      entityId: caseId,
      details: { defendantId: id, kind: input.kind, publicOfficial: defendant.publicOfficial },
    });
    return defendant;
  });
}
