import { describe, expect, it } from 'vitest';
import { buildConsentBody, consentGaps, emptyConsentDraft } from './consent-draft.ts';

describe('consent draft', () => {
  it('names every missing field', () => {
    const draft = { ...emptyConsentDraft(''), scope: 'chosen' as const };
    expect(consentGaps(draft)).toEqual(['purposes', 'organisationIds', 'means', 'givenOn']);
    expect(buildConsentBody(draft)).toBeNull();
  });
  it('sends an empty list for "any NRM body", whatever was ticked before', () => {
    const draft = {
      ...emptyConsentDraft('2026-11-28'),
      purposes: ['share_identity' as const],
      organisationIds: ['x'],
      means: 'written' as const,
    };
    expect(buildConsentBody(draft)).toEqual({
      purposes: ['share_identity'],
      organisationIds: [],
      means: 'written',
      givenOn: '2026-11-28',
    });
    expect(buildConsentBody({ ...draft, scope: 'chosen' })?.organisationIds).toEqual(['x']);
  });
});
