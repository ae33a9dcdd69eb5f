import { fieldErrorsOf, isApiError } from '../api/api-error.ts';
import type {
  ReferralProposal,
  ReferralSection,
  ReferralService,
  ReferralUrgency,
  SendReferralInput,
} from '../api/types.ts';
import { earlierDay } from './referral-event-day.ts';

/** A recipient on the form: a routing rule's proposal, or an organisation the user added. */
export interface Recipient {
  organisationId: string;
  organisationName: string;
  /** What the routing rule asks of it; empty for an added organisation. */
  services: ReferralService[];
}

/** Everything typed in the "Refer" form; kept as is whatever the server answers. */
export interface ReferralDraft {
  recipients: Recipient[];
  chosen: string[];
  services: ReferralService[];
  urgency: ReferralUrgency;
  note: string;
  shareIdentity: boolean;
  sections: ReferralSection[];
  overrideReason: string;
  /** The day it was sent when the user said it was earlier; null: today. */
  sentOn: string | null;
}

export function initialDraft(proposals: ReferralProposal[]): ReferralDraft {
  return {
    recipients: proposals.map(({ organisationId, organisationName, services }) => ({
      organisationId,
      organisationName,
      services,
    })),
    chosen: proposals.map((p) => p.organisationId),
    services: [],
    urgency: 'normal',
    note: '',
    shareIdentity: false,
    sections: ['screenings', 'exploitation', 'decisions'],
    overrideReason: '',
    sentOn: null,
  };
}

/** The services asked of one recipient: the rule's own, plus those ticked for all. */
export function servicesFor(recipient: Recipient, common: ReferralService[]): ReferralService[] {
  return [...new Set([...recipient.services, ...common])];
}

/** Fields that block sending: no recipient, or a recipient nobody asks anything of. */
export function draftGaps(draft: ReferralDraft): ('recipients' | 'services')[] {
  const chosen = draft.recipients.filter((r) => draft.chosen.includes(r.organisationId));
  if (chosen.length === 0) return ['recipients'];
  return chosen.some((r) => servicesFor(r, draft.services).length === 0) ? ['services'] : [];
}

export interface SendRequest {
  recipient: Recipient;
  body: SendReferralInput;
}

/** One POST per chosen recipient. The override reason goes only with identity, and only if allowed. */
export function buildSendRequests(
  draft: ReferralDraft,
  options: { canOverride: boolean; withoutIdentity?: boolean },
): SendRequest[] {
  const shareIdentity = draft.shareIdentity && !options.withoutIdentity;
  const note = draft.note.trim();
  const overrideReason = options.canOverride && shareIdentity ? draft.overrideReason.trim() : '';
  const sentOn = earlierDay(draft.sentOn);
  return draft.recipients
    .filter((r) => draft.chosen.includes(r.organisationId))
    .map((recipient) => ({
      recipient,
      body: {
        toOrganisationId: recipient.organisationId,
        services: servicesFor(recipient, draft.services),
        urgency: draft.urgency,
        shareIdentity,
        sections: draft.sections,
        ...(note ? { note } : {}),
        ...(overrideReason ? { overrideReason } : {}),
        ...(sentOn ? { sentOn } : {}),
      },
    }));
}

export type SendOutcome =
  | 'sent'
  | 'consent_required'
  | 'already_open'
  | 'forbidden'
  | 'date_refused'
  | 'failed';

/** What one POST's answer means for the user (see POST /api/persons/{id}/referrals). */
export function sendOutcomeOf(error: unknown): SendOutcome {
  if (!error) return 'sent';
  if (!isApiError(error)) return 'failed';
  const reason = (error.details as { reason?: unknown } | null | undefined)?.reason;
  if (error.status === 422 && reason === 'consent_required') return 'consent_required';
  if (error.status === 422 && fieldErrorsOf(error).sentOn) return 'date_refused';
  if (error.status === 409) return 'already_open';
  if (error.status === 403) return 'forbidden';
  return 'failed';
}
