import type { IndicatorList, LocalizedText } from './indicator-list.ts';

/**
 * How sure we are that a list, or one of its items, is what it claims to be. Screening decides
 * whether a person is recognised as a victim, so this is data shown beside every list, never a
 * comment in the code (docs/standards/indicators.md, "Provenance").
 *
 * - `verified`: checked item by item against the publication named (wording, dimension, strength).
 * - `derived`: built from another list by stated rules, not found in any publication as it is.
 * - `unverified`: taken from a source that is not the publication itself, or not yet checked.
 */
export const provenanceStatuses = ['verified', 'derived', 'unverified'] as const;
export type ProvenanceStatus = (typeof provenanceStatuses)[number];

export interface SourceReference {
  /** The publication, as a reader would look it up. */
  publication: string;
  /** The page (or pages) in it; null when nobody recorded it. Never guessed. */
  page: string | null;
}

export interface IndicatorProvenance {
  status: ProvenanceStatus;
  /** Only when it differs from the list's source. */
  source?: SourceReference;
  /** For a derived item: the list and item it was derived from, and how. */
  derivedFrom?: string;
  /** Set when the item is flagged for review: why, in every language. Never a silent change. */
  review?: LocalizedText;
}

/** Who checked a whole list version against which document, and when. */
export interface ListVerification {
  /** The administrator's user id; null for a check made by OpenNRM's maintainers before shipping. */
  by: string | null;
  /** Their name as it was when they verified (a later rename does not rewrite history). */
  byName: string;
  /** ISO instant. */
  at: string;
  /** The document it was checked against (title, edition, language). */
  document: string;
  page: string | null;
  note: string | null;
}

export interface ListProvenance {
  /** The publication the list follows; null for a country's own list with no publication. */
  source: SourceReference | null;
  /** For a derived list: what it was derived from, and how. */
  derivedFrom?: string;
  /** What is known and what is not, in every language. */
  note?: LocalizedText;
  /** Present once the version has been checked against the publication as a whole. */
  verification?: ListVerification;
}

/**
 * The status of a list version as a whole: verified only when checked as a whole (then every item
 * is verified); otherwise derived if any item is derived, else unverified. A list is therefore
 * never presented as the publication's own unless every item is.
 */
export function listStatusOf(list: IndicatorList): ProvenanceStatus {
  if (list.provenance?.verification) return 'verified';
  const statuses = list.indicators.map((indicator) => indicator.provenance?.status ?? 'unverified');
  if (statuses.includes('derived')) return 'derived';
  return 'unverified';
}

/** One item's status: a verified list verifies every item in it. */
export function indicatorStatusOf(list: IndicatorList, key: string): ProvenanceStatus {
  if (list.provenance?.verification) return 'verified';
  return list.indicators.find((indicator) => indicator.key === key)?.provenance?.status ?? 'unverified';
}

/** Items flagged for review and not yet settled by a verification of the whole list. */
export function itemsUnderReview(list: IndicatorList): string[] {
  if (list.provenance?.verification) return [];
  return list.indicators.filter((indicator) => indicator.provenance?.review).map((i) => i.key);
}
