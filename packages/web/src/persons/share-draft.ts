import { isApiError } from '../api/api-error.ts';
import type { ShareInput } from '../api/types.ts';

export interface ShareDraft {
  organisationId: string;
  reason: string;
  shareIdentity: boolean;
  /** Only for those who may share identity without consent; sent only with identity. */
  overrideReason: string;
}

export const emptyShareDraft: ShareDraft = {
  organisationId: '',
  reason: '',
  shareIdentity: false,
  overrideReason: '',
};

/**
 * The body of POST /api/persons/{id}/shares. Identity is asked for only when ticked, and an
 * override reason only goes with it: a reason on a share without identity would be recorded as
 * an override that overrode nothing.
 */
export function shareBody(draft: ShareDraft): ShareInput {
  const overrideReason = draft.overrideReason.trim();
  return {
    organisationId: draft.organisationId,
    reason: draft.reason.trim(),
    ...(draft.shareIdentity ? { shareIdentity: true } : {}),
    ...(draft.shareIdentity && overrideReason ? { overrideReason } : {}),
  };
}

/** The server refused identity: no consent covers the organisation (and no override was given). */
export function isConsentRequired(error: unknown): boolean {
  if (!isApiError(error) || error.code !== 'validation_failed') return false;
  return (error.details as { reason?: unknown } | null | undefined)?.reason === 'consent_required';
}
