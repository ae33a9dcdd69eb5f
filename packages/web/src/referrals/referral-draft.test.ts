import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import { buildSendRequests, draftGaps, initialDraft, sendOutcomeOf } from './referral-draft.ts';

const proposals = [
  {
    ruleId: 'r1',
    organisationId: 'm',
    organisationName: 'Migration',
    services: ['residence_permit' as const],
  },
  { ruleId: 'r2', organisationId: 'v', organisationName: 'VAC', services: ['shelter' as const] },
];

describe('initialDraft', () => {
  it('pre-checks every proposal and shares no identity by default', () => {
    const draft = initialDraft(proposals);
    expect(draft.chosen).toEqual(['m', 'v']);
    expect(draft.shareIdentity).toBe(false);
  });
});

describe('draftGaps', () => {
  it('asks for a recipient, then for services of an added organisation', () => {
    const draft = initialDraft(proposals);
    expect(draftGaps({ ...draft, chosen: [] })).toEqual(['recipients']);
    const added = {
      ...draft,
      recipients: [...draft.recipients, { organisationId: 'n', organisationName: 'NGO', services: [] }],
      chosen: ['n'],
    };
    expect(draftGaps(added)).toEqual(['services']);
    expect(draftGaps({ ...added, services: ['legal'] })).toEqual([]);
  });
});

describe('buildSendRequests', () => {
  it('sends one request per chosen recipient with its own and the common services', () => {
    const draft = { ...initialDraft(proposals), chosen: ['v'], services: ['legal' as const], note: ' hi ' };
    const requests = buildSendRequests(draft, { canOverride: false });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({
      toOrganisationId: 'v',
      services: ['shelter', 'legal'],
      urgency: 'normal',
      shareIdentity: false,
      sections: ['screenings', 'exploitation', 'decisions'],
      note: 'hi',
    });
  });
  it('adds the override reason only with identity and the right', () => {
    const draft = { ...initialDraft(proposals), shareIdentity: true, overrideReason: 'emergency' };
    expect(buildSendRequests(draft, { canOverride: true })[0]?.body.overrideReason).toBe('emergency');
    expect(buildSendRequests(draft, { canOverride: false })[0]?.body.overrideReason).toBeUndefined();
    const without = buildSendRequests(draft, { canOverride: true, withoutIdentity: true })[0]?.body;
    expect(without?.shareIdentity).toBe(false);
    expect(without?.overrideReason).toBeUndefined();
  });
  it('sends the day it was sent only when the user gave an earlier one', () => {
    const draft = initialDraft(proposals);
    expect(buildSendRequests(draft, { canOverride: false })[0]?.body.sentOn).toBeUndefined();
    const earlier = buildSendRequests({ ...draft, sentOn: '2026-01-05' }, { canOverride: false });
    expect(earlier[0]?.body.sentOn).toBe('2026-01-05');
    // Today is no earlier day: the server takes the moment itself.
    const today = buildSendRequests({ ...draft, sentOn: localIsoDate(new Date()) }, { canOverride: false });
    expect(today[0]?.body.sentOn).toBeUndefined();
  });
});

describe('sendOutcomeOf', () => {
  it('reads consent required, already open and refusals from the error', () => {
    expect(sendOutcomeOf(null)).toBe('sent');
    expect(sendOutcomeOf(new ApiError(422, 'validation_failed', 'x', { reason: 'consent_required' }))).toBe(
      'consent_required',
    );
    expect(sendOutcomeOf(new ApiError(422, 'validation_failed', 'x', {}))).toBe('failed');
    expect(sendOutcomeOf(new ApiError(409, 'conflict', 'x'))).toBe('already_open');
    expect(sendOutcomeOf(new ApiError(403, 'forbidden', 'x'))).toBe('forbidden');
    expect(sendOutcomeOf(new Error('x'))).toBe('failed');
  });
});
