import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Store } from '../ports.ts';
import { invalid } from '../support/errors.ts';

export interface PlainMessage {
  id: string;
  authorUserId: string;
  authorOrganisationId: string;
  body: string;
  createdAt: Date;
}

export interface SealedMessage {
  id: string;
  authorUserId: string;
  authorOrganisationId: string;
  bodySealed: string;
  createdAt: Date;
}

/** Which thread a message belongs to: a referral's or an alert's, between two organisations. */
export interface Thread {
  kind: 'referral' | 'alert';
  id: string;
  parties: [string, string];
  /** The person's code the notification names, where the other party may know it. */
  personCode?: string | null;
  save(tx: Store, message: SealedMessage): Promise<void>;
}

const aad = (kind: Thread['kind'], id: string) => `${kind}.message.${id}`;

/**
 * Posts to a two-party thread: sealed at rest, the other party notified, the post audited (by
 * id, never the text), all in one transaction. Referral and alert threads differ only in `save`.
 */
export async function postToThread(ctx: Ctx, thread: Thread, body: string): Promise<PlainMessage> {
  const text = body.trim();
  if (!text) throw invalid('Write a message.', { fields: { body: 'required' } });
  const id = ctx.newId();
  const message: SealedMessage = {
    id,
    authorUserId: ctx.actor.userId,
    authorOrganisationId: ctx.actor.organisationId,
    bodySealed: ctx.sealer.seal(text, aad(thread.kind, id)),
    createdAt: ctx.clock.now(),
  };
  const other = thread.parties[0] === ctx.actor.organisationId ? thread.parties[1] : thread.parties[0];
  await ctx.store.transaction(async (tx) => {
    await thread.save(tx, message);
    await tx.notifications.create({
      id: ctx.newId(),
      organisationId: other,
      kind: `${thread.kind}.message`,
      referralId: thread.kind === 'referral' ? thread.id : null,
      personCode: thread.personCode ?? null,
      // The sender's organisation, so the notification says who wrote.
      aboutOrganisationId: ctx.actor.organisationId,
      createdAt: message.createdAt,
      readAt: null,
    });
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: `${thread.kind}.message_posted`,
      entityType: thread.kind,
      entityId: thread.id,
      details: { messageId: id },
    });
  });
  const { bodySealed: _sealed, ...rest } = message;
  return { ...rest, body: text };
}

export function openThread(ctx: Ctx, kind: Thread['kind'], messages: SealedMessage[]): PlainMessage[] {
  return messages.map(({ bodySealed, ...m }) => ({
    ...m,
    body: ctx.sealer.unseal(bodySealed, aad(kind, m.id)),
  }));
}
