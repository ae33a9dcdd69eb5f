import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { caseAbilities, mayOnCase } from '../policy/case-access-policy.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import type {
  AdministrativeMeasureRecord,
  CaseVictim,
  CompensationPaymentRecord,
  CriminalCase,
  Defendant,
  DefendantStageRecord,
} from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';
import type { CaseRecordAction } from './prosecution-vocabulary.ts';

/**
 * A linked victim as the reader may see them: their part in the case always; the person's code
 * and id only if the person's own policy lets the reader read that record. A case link never
 * widens access to a person.
 */
export interface CaseVictimView extends Omit<CaseVictim, 'personId'> {
  personId: string | null;
  personCode: string | null;
}

export interface CriminalCaseView {
  criminalCase: CriminalCase;
  defendants: Defendant[];
  stages: DefendantStageRecord[];
  measures: AdministrativeMeasureRecord[];
  payments: CompensationPaymentRecord[];
  victims: CaseVictimView[];
  may: Record<CaseRecordAction, boolean>;
}

/** One case with everything on its page; every read is audited (the compartment's trail). */
export async function readCriminalCase(ctx: Ctx, id: string): Promise<CriminalCaseView> {
  const c = await loadCaseFor(ctx, id, 'read');
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'criminal_case.read',
    entityType: 'criminal_case',
    entityId: id,
    details: { complicity: c.complicity },
  });
  return describeCriminalCase(ctx, c);
}

/**
 * The case as the actor sees it after their own change (opening it, flagging it), or null when
 * the change moved it into the complicity compartment they may not read. They then learn only
 * that it was handed over: not its id, version, assigned prosecutor or anything since, so an
 * investigator working beside the official holds no handle on the case about him.
 */
export async function describeAfterChange(ctx: Ctx, c: CriminalCase): Promise<CriminalCaseView | null> {
  if (!mayOnCase(ctx.actor, 'read', c)) return null;
  return describeCriminalCase(ctx, c);
}

export async function describeCriminalCase(ctx: Ctx, c: CriminalCase): Promise<CriminalCaseView> {
  const store = ctx.store.prosecution;
  const [defendants, stages, measures, payments, links] = await Promise.all([
    store.listDefendants(c.id),
    store.listStages(c.id),
    store.listMeasures(c.id),
    store.listPayments(c.id),
    store.listVictims(c.id),
  ]);
  const facts = await ctx.store.persons.accessFactsOf(links.map((v) => v.personId));
  const victims: CaseVictimView[] = [];
  for (const v of links) {
    const f = facts.get(v.personId);
    const reach = f !== undefined && mayOnPerson(ctx.actor, 'read', f);
    const person = reach ? await ctx.store.persons.get(v.personId) : undefined;
    victims.push({ ...v, personId: person ? v.personId : null, personCode: person?.code ?? null });
  }
  return {
    criminalCase: c,
    defendants,
    stages,
    measures,
    payments,
    victims,
    may: caseAbilities(ctx.actor, c),
  };
}
