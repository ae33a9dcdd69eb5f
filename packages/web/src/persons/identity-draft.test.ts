import { describe, expect, it } from 'vitest';
import {
  emptyIdentityDraft,
  fullNameOf,
  hasIdentity,
  identityDraftFrom,
  identityInput,
} from './identity-draft.ts';

const draft = {
  ...emptyIdentityDraft(),
  givenNames: ' Leyla ',
  familyName: 'Mammadova',
  birthDate: '1998-04-02',
  documents: [
    { type: 'passport', number: ' C123 ', issuingCountry: 'az' },
    { type: ' ', number: '', issuingCountry: '' },
  ],
  contacts: [{ kind: 'phone', value: '' }],
  addresses: ['  ', 'Baku'],
  ethnicity: 'x',
};

describe('identity draft', () => {
  it('leaves out empty fields and rows when creating', () => {
    expect(identityInput(draft, false)).toEqual({
      givenNames: 'Leyla',
      familyName: 'Mammadova',
      birthDate: '1998-04-02',
      documents: [{ type: 'passport', number: 'C123', issuingCountry: 'AZ' }],
      addresses: ['Baku'],
    });
  });

  it('sends special-category fields only with the permission', () => {
    expect(identityInput(draft, true).sensitive).toEqual({ ethnicity: 'x', disability: null });
    expect(identityInput(emptyIdentityDraft(), true)).toEqual({});
  });

  it('sends every field when editing, so values can be cleared', () => {
    const input = identityInput(emptyIdentityDraft(), true, true);
    expect(input).toEqual({
      givenNames: null,
      familyName: null,
      otherNames: null,
      birthDate: null,
      documents: [],
      contacts: [],
      addresses: [],
      notes: null,
      sensitive: { ethnicity: null, disability: null },
    });
    expect(identityInput(emptyIdentityDraft(), false, true)).not.toHaveProperty('sensitive');
  });

  it('knows when nothing was entered', () => {
    expect(hasIdentity(identityInput(emptyIdentityDraft(), true))).toBe(false);
    expect(hasIdentity(identityInput(draft, false))).toBe(true);
  });

  it('builds the name in the server’s order', () => {
    expect(fullNameOf({ ...draft, otherNames: 'Ali qızı' })).toBe('Leyla Ali qızı Mammadova');
  });

  it('reads a revealed identity back into a draft', () => {
    const back = identityDraftFrom({
      givenNames: 'Leyla',
      documents: [{ type: 'passport', number: '1' }],
      sensitive: null,
    });
    expect(back.givenNames).toBe('Leyla');
    expect(back.documents).toEqual([{ type: 'passport', number: '1', issuingCountry: '' }]);
    expect(back.ethnicity).toBe('');
  });
});
