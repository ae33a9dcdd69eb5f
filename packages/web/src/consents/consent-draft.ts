import type { ConsentInput, ConsentMeans, ConsentPurpose } from '../api/types.ts';

/** The "Record consent" form as typed. */
export interface ConsentDraft {
  purposes: ConsentPurpose[];
  /** 'any': any NRM body (sent as an empty list); 'chosen': only the listed organisations. */
  scope: 'any' | 'chosen';
  organisationIds: string[];
  means: ConsentMeans | '';
  givenOn: string;
}

export function emptyConsentDraft(today: string): ConsentDraft {
  return { purposes: [], scope: 'any', organisationIds: [], means: '', givenOn: today };
}

export function consentGaps(draft: ConsentDraft): ('purposes' | 'organisationIds' | 'means' | 'givenOn')[] {
  return [
    ...(draft.purposes.length ? [] : (['purposes'] as const)),
    ...(draft.scope === 'chosen' && draft.organisationIds.length === 0 ? (['organisationIds'] as const) : []),
    ...(draft.means ? [] : (['means'] as const)),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(draft.givenOn) ? [] : (['givenOn'] as const)),
  ];
}

/** The body of POST /api/persons/{id}/consents, or null while a required field is missing. */
export function buildConsentBody(draft: ConsentDraft): ConsentInput | null {
  if (consentGaps(draft).length > 0 || !draft.means) return null;
  return {
    purposes: draft.purposes,
    organisationIds: draft.scope === 'any' ? [] : [...new Set(draft.organisationIds)],
    means: draft.means,
    givenOn: draft.givenOn,
  };
}
