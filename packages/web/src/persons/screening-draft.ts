import type { AnswerValue } from '@opennrm/contracts/screening';
import type { ScreeningOutcome } from './outcome-agreement.ts';

/** A screening in progress, kept so a reload (or a dropped connection) does not lose 60 answers. */
export interface ScreeningDraft {
  population: 'adult' | 'child';
  listKey: string;
  answers: Record<string, AnswerValue>;
  step: number;
  /** '' while the screener has not chosen: the form then shows the recommendation's outcome. */
  outcome: ScreeningOutcome | '';
  reason: string;
  date: string;
}

const prefix = 'opennrm.screening-draft.';
const keyOf = (personId: string) => `${prefix}${personId}`;

/**
 * Session storage, not local: the draft dies with the tab, so a shared device does not keep one
 * worker's answers for the next; signing out clears every draft too (clearScreeningDrafts).
 */
export function readScreeningDraft(personId: string): ScreeningDraft | null {
  try {
    const text = sessionStorage.getItem(keyOf(personId));
    return text ? (JSON.parse(text) as ScreeningDraft) : null;
  } catch {
    return null;
  }
}

export function saveScreeningDraft(personId: string, draft: ScreeningDraft): void {
  try {
    sessionStorage.setItem(keyOf(personId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only a reload loses the answers.
  }
}

export function clearScreeningDraft(personId: string): void {
  try {
    sessionStorage.removeItem(keyOf(personId));
  } catch {
    // Nothing to clear.
  }
}

export function clearScreeningDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(prefix)) sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
