import { ageBands, type Gender, type PersonSummary, type PersonUpdateInput } from '../api/types.ts';
import { parseCountryCodes, parseLanguageCodes } from './country-codes.ts';

export type TriState = 'yes' | 'no' | '';

/** A person's attributes as the form holds them: strings, so nothing typed is lost on a 4xx. */
export interface AttributesDraft {
  gender: Gender | '';
  birthYear: string;
  ageBand: string;
  child: TriState;
  citizenships: string;
  languages: string;
}

export function emptyAttributes(): AttributesDraft {
  return { gender: '', birthYear: '', ageBand: '', child: '', citizenships: '', languages: '' };
}

export function attributesFrom(person: PersonSummary): AttributesDraft {
  return {
    gender: person.gender,
    birthYear: person.birthYear === null ? '' : String(person.birthYear),
    ageBand: person.ageBand ?? '',
    child: person.childAtIdentification === null ? '' : person.childAtIdentification ? 'yes' : 'no',
    citizenships: person.citizenships.join(', '),
    languages: person.languages.join(', '),
  };
}

export type AttributeProblem = 'gender' | 'birthYear' | 'citizenships' | 'languages';

export interface AttributesResult {
  input: PersonUpdateInput & { gender?: Gender };
  /** Fields the user must correct, checked here so the form can say so before sending. */
  problems: AttributeProblem[];
}

export function triState(value: TriState): boolean | null {
  return value === '' ? null : value === 'yes';
}

/** The API body, with every attribute set (null or [] when empty) so an edit can clear one. */
export function attributesInput(
  draft: AttributesDraft,
  thisYear = new Date().getFullYear(),
): AttributesResult {
  const problems: AttributeProblem[] = [];
  if (!draft.gender) problems.push('gender');
  const year = draft.birthYear.trim() ? Number(draft.birthYear) : null;
  if (year !== null && (!Number.isInteger(year) || year < 1900 || year > thisYear))
    problems.push('birthYear');
  const citizenships = parseCountryCodes(draft.citizenships);
  if (citizenships.invalid.length > 0 || citizenships.codes.length > 5) problems.push('citizenships');
  const languages = parseLanguageCodes(draft.languages);
  if (languages.invalid.length > 0 || languages.codes.length > 10) problems.push('languages');
  const band = (ageBands as readonly string[]).includes(draft.ageBand)
    ? (draft.ageBand as PersonSummary['ageBand'])
    : null;
  return {
    input: {
      ...(draft.gender ? { gender: draft.gender } : {}),
      birthYear: year,
      ageBand: band,
      childAtIdentification: triState(draft.child),
      citizenships: citizenships.codes,
      languages: languages.codes,
    },
    problems,
  };
}
