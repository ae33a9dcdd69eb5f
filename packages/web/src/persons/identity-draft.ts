import type { PersonIdentityInput } from '../api/types.ts';

/**
 * The identity as a form holds it: plain strings everywhere, so every input is controlled and
 * nothing typed is lost when a request fails. Converted to the API's shape only on submit.
 */
export interface IdentityDraft {
  givenNames: string;
  familyName: string;
  otherNames: string;
  birthDate: string;
  documents: { type: string; number: string; issuingCountry: string }[];
  contacts: { kind: string; value: string }[];
  addresses: string[];
  notes: string;
  ethnicity: string;
  disability: string;
}

export function emptyIdentityDraft(): IdentityDraft {
  return {
    givenNames: '',
    familyName: '',
    otherNames: '',
    birthDate: '',
    documents: [],
    contacts: [],
    addresses: [],
    notes: '',
    ethnicity: '',
    disability: '',
  };
}

const orNull = (value: string) => value.trim() || null;

/**
 * The API body. `complete` sends every field (null or [] for empty ones) so an edit can clear a
 * value; otherwise empty fields are left out. Special-category fields only with `withSensitive`:
 * without the permission they are neither shown nor overwritten.
 */
export function identityInput(
  draft: IdentityDraft,
  withSensitive: boolean,
  complete = false,
): PersonIdentityInput {
  const documents = draft.documents
    .filter((d) => d.type.trim() || d.number.trim())
    .map((d) => ({
      type: d.type.trim(),
      number: d.number.trim(),
      issuingCountry: d.issuingCountry.trim().toUpperCase() || null,
    }));
  const contacts = draft.contacts
    .filter((c) => c.value.trim())
    .map((c) => ({ kind: c.kind.trim(), value: c.value.trim() }));
  const addresses = draft.addresses.map((a) => a.trim()).filter(Boolean);
  const full: PersonIdentityInput = {
    givenNames: orNull(draft.givenNames),
    familyName: orNull(draft.familyName),
    otherNames: orNull(draft.otherNames),
    birthDate: orNull(draft.birthDate),
    documents,
    contacts,
    addresses,
    notes: orNull(draft.notes),
  };
  if (withSensitive) {
    const ethnicity = orNull(draft.ethnicity);
    const disability = orNull(draft.disability);
    full.sensitive = ethnicity || disability || complete ? { ethnicity, disability } : null;
  }
  if (complete) return full;
  return Object.fromEntries(
    Object.entries(full).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as PersonIdentityInput;
}

export function hasIdentity(input: PersonIdentityInput): boolean {
  return Object.keys(input).length > 0;
}

/** The name the duplicate check compares, in the server's order (given, other, family). */
export function fullNameOf(draft: IdentityDraft): string {
  return [draft.givenNames, draft.otherNames, draft.familyName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const rows = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

/** A revealed identity (loosely typed by the API) back into a draft, for editing. */
export function identityDraftFrom(identity: Record<string, unknown>): IdentityDraft {
  const sensitive = (identity.sensitive ?? {}) as Record<string, unknown>;
  return {
    givenNames: str(identity.givenNames),
    familyName: str(identity.familyName),
    otherNames: str(identity.otherNames),
    birthDate: str(identity.birthDate),
    documents: rows(identity.documents).map((d) => ({
      type: str(d.type),
      number: str(d.number),
      issuingCountry: str(d.issuingCountry),
    })),
    contacts: rows(identity.contacts).map((c) => ({ kind: str(c.kind), value: str(c.value) })),
    addresses: (Array.isArray(identity.addresses) ? identity.addresses : []).map(str),
    notes: str(identity.notes),
    ethnicity: str(sensitive.ethnicity),
    disability: str(sensitive.disability),
  };
}
