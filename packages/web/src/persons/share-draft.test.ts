import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { emptyShareDraft, isConsentRequired, shareBody } from './share-draft.ts';

const organisationId = '0b6f0c56-2f7a-4f8e-9d57-5a4c3a1b2c3d';
const draft = { ...emptyShareDraft, organisationId, reason: '  Identification decision  ' };

describe('share draft', () => {
  it('shares without identity unless it is ticked', () => {
    expect(shareBody(draft)).toEqual({ organisationId, reason: 'Identification decision' });
  });

  it('asks for identity when ticked, with an override reason only alongside it', () => {
    expect(shareBody({ ...draft, shareIdentity: true })).toEqual({
      organisationId,
      reason: 'Identification decision',
      shareIdentity: true,
    });
    expect(shareBody({ ...draft, shareIdentity: true, overrideReason: ' Imminent danger ' })).toEqual({
      organisationId,
      reason: 'Identification decision',
      shareIdentity: true,
      overrideReason: 'Imminent danger',
    });
    expect(shareBody({ ...draft, overrideReason: 'Imminent danger' })).toEqual({
      organisationId,
      reason: 'Identification decision',
    });
  });

  it('recognises the server’s consent refusal and nothing else', () => {
    const refusal = new ApiError(422, 'validation_failed', 'no consent', {
      reason: 'consent_required',
      fields: { shareIdentity: 'consent_required' },
    });
    expect(isConsentRequired(refusal)).toBe(true);
    expect(
      isConsentRequired(new ApiError(422, 'validation_failed', 'bad', { fields: { reason: 'required' } })),
    ).toBe(false);
    expect(isConsentRequired(new ApiError(403, 'forbidden', 'no'))).toBe(false);
    expect(isConsentRequired(new Error('x'))).toBe(false);
  });
});
