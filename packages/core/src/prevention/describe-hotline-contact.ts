import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize, can } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';
import { type HotlineContact, hotlineFieldAad } from './prevention.ts';
import { listOrganisation } from './prevention-checks.ts';

/** A contact as its reader sees it: the sealed fields only on one contact, to its own hotline. */
export interface HotlineContactView {
  contact: HotlineContact;
  callerGiven: boolean;
  callerIdentity?: string | null;
  notes?: string | null;
}

/** The hotline's contacts, newest first, without the caller's identity or the notes. */
export async function listHotlineContacts(
  ctx: Ctx,
  input: { from?: string | undefined; to?: string | undefined } = {},
): Promise<HotlineContactView[]> {
  const organisationId = listOrganisation(ctx, 'hotline_contact');
  const contacts = await ctx.store.prevention.listHotlineContacts({ organisationId, ...input, limit: 500 });
  return contacts.map((contact) => ({ contact, callerGiven: contact.callerIdentitySealed !== null }));
}

/** One contact of the actor's hotline; its sealed fields with `hotline_contact:reveal`, audited. */
export async function getHotlineContact(ctx: Ctx, id: string): Promise<HotlineContactView> {
  const contact = await ctx.store.prevention.getHotlineContact(id);
  // Another hotline's contact is as absent as an unknown one: its existence says nothing.
  if (!contact || !can(ctx.actor, 'hotline_contact', 'read', { organisationId: contact.organisationId }))
    throw notFound('The hotline contact');
  const view: HotlineContactView = { contact, callerGiven: contact.callerIdentitySealed !== null };
  if (!can(ctx.actor, 'hotline_contact', 'reveal', { organisationId: contact.organisationId })) return view;
  authorize(ctx.actor, 'hotline_contact', 'reveal', { organisationId: contact.organisationId });
  const open = (field: 'caller' | 'notes', sealed: string | null) =>
    sealed === null ? null : ctx.sealer.unseal(sealed, hotlineFieldAad(field, id));
  if (contact.callerIdentitySealed !== null)
    await recordAudit(ctx, ctx.actor, ctx.request, {
      action: 'hotline.caller_revealed',
      entityType: 'hotline_contact',
      entityId: id,
    });
  return {
    ...view,
    callerIdentity: open('caller', contact.callerIdentitySealed),
    notes: open('notes', contact.notesSealed),
  };
}
