import type { AgeBand, Gender } from './identification-vocabulary.ts';
import type { PersonIdentity } from './person.ts';

/** What a user records about a person; identity is sealed on the way in. */
export interface PersonInput {
  gender: Gender;
  birthYear?: number | null;
  ageBand?: AgeBand | null;
  childAtIdentification?: boolean | null;
  citizenships?: string[];
  languages?: string[];
  identity?: PersonIdentity;
}

export function fullName(identity: PersonIdentity | undefined): string {
  return [identity?.givenNames, identity?.otherNames, identity?.familyName].filter(Boolean).join(' ').trim();
}
