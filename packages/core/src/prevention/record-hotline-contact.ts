import { loadAlertFor } from '../alerts/load-alert-for.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { authorize } from '../policy/authorize.ts';
import { readStatisticsSettings } from '../statistics/statistics-settings.ts';
import { localDateOf } from '../statistics/zoned-day.ts';
import { invalid } from '../support/errors.ts';
import { type HotlineContact, hotlineFieldAad } from './prevention.ts';
import { oneOf } from './prevention-checks.ts';
import {
  hotlineCallerTypes,
  hotlineChannels,
  hotlineOutcomes,
  hotlineTopics,
  preventionLanguages,
} from './prevention-vocabulary.ts';

export interface HotlineContactInput {
  /** When the contact began; now when not given (a live call). */
  contactedAt?: string | undefined;
  channel: string;
  language: string;
  callerType: string;
  topic: string;
  outcome: string;
  referredToOrganisationId?: string | null | undefined;
  alertId?: string | null | undefined;
  personId?: string | null | undefined;
  /** Only what the caller chose to give (a name, a number to call back): sealed. */
  callerIdentity?: string | null | undefined;
  notes?: string | null | undefined;
}

/**
 * Records a hotline contact. Built for a live call: everything but five choices is optional.
 * A link to an alert needs the hotline's body to be a party to it, a link to a person the
 * person's own `contribute` (person-access-rules.ts): the contact never opens either.
 */
export async function recordHotlineContact(ctx: Ctx, input: HotlineContactInput): Promise<HotlineContact> {
  authorize(ctx.actor, 'hotline_contact', 'create', { organisationId: ctx.actor.organisationId });
  const id = ctx.newId();
  const seal = (field: 'caller' | 'notes', value: string | null | undefined) =>
    value?.trim() ? ctx.sealer.seal(value.trim().slice(0, 2000), hotlineFieldAad(field, id)) : null;
  const contact = await contactFrom(ctx, input, {
    id,
    organisationId: ctx.actor.organisationId,
    callerIdentitySealed: seal('caller', input.callerIdentity),
    notesSealed: seal('notes', input.notes),
    createdBy: ctx.actor.userId,
    createdAt: ctx.clock.now(),
  });
  await ctx.store.transaction(async (tx) => {
    await tx.prevention.addHotlineContact(contact);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'hotline.contact_recorded',
      entityType: 'hotline_contact',
      entityId: id,
      details: {
        outcome: contact.outcome,
        alertId: contact.alertId,
        personLinked: contact.personId !== null,
      },
    });
  });
  return contact;
}

type ContactRecord = Pick<
  HotlineContact,
  'id' | 'organisationId' | 'callerIdentitySealed' | 'notesSealed' | 'createdBy' | 'createdAt'
>;

/**
 * The contact as the input describes it, checked. A link to an alert needs the hotline's body to
 * be a party to it, a link to a person the person's own `contribute`: the contact opens neither.
 */
export async function contactFrom(
  ctx: Ctx,
  input: Omit<HotlineContactInput, 'callerIdentity' | 'notes'>,
  record: ContactRecord,
): Promise<HotlineContact> {
  const now = ctx.clock.now();
  const contactedAt = input.contactedAt ? new Date(input.contactedAt) : now;
  if (Number.isNaN(contactedAt.getTime()) || contactedAt.getTime() > now.getTime() + 5 * 60_000)
    throw invalid('The time of the contact must be a real moment, not in the future.', {
      fields: { contactedAt: 'invalid' },
    });
  const outcome = oneOf(hotlineOutcomes, input.outcome, 'outcome');
  if (input.referredToOrganisationId) {
    const to = await ctx.store.organisations.get(input.referredToOrganisationId);
    if (!to?.active)
      throw invalid('Choose an active organisation.', { fields: { referredToOrganisationId: 'invalid' } });
  }
  if (input.alertId) await loadAlertFor(ctx, input.alertId, 'read');
  if (input.personId) await loadPersonFor(ctx, input.personId, 'contribute');
  const { timeZone } = await readStatisticsSettings(ctx.store);
  return {
    ...record,
    contactedAt,
    contactedOn: localDateOf(contactedAt, timeZone),
    channel: oneOf(hotlineChannels, input.channel, 'channel'),
    language: oneOf(preventionLanguages, input.language, 'language'),
    callerType: oneOf(hotlineCallerTypes, input.callerType, 'callerType'),
    topic: oneOf(hotlineTopics, input.topic, 'topic'),
    outcome,
    referredToOrganisationId: input.referredToOrganisationId ?? null,
    alertId: input.alertId ?? null,
    personId: input.personId ?? null,
  };
}
