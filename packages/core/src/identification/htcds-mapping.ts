import { htcdsPicklists } from './htcds-standard.ts';
import type { ExploitationForm, RecruiterRelationship } from './identification-vocabulary.ts';

export { fromIso6392, toIso6392 } from './htcds-languages.ts';

/**
 * Mapping between our values and HTCDS 2.0 (docs/standards/htcds.md). Most value sets are HTCDS's
 * own; the differences are here, in one place.
 */

/** ISIC section letter -> the standard's industry code (A_AgricultureForestryAndFishing). */
export function toHtcdsIndustry(section: string | null): string | null {
  if (!section) return null;
  return (
    htcdsPicklists.vic_ForcedLabourIndustry.find(([code]) => code.startsWith(`${section}_`))?.[0] ?? null
  );
}

export function fromHtcdsIndustry(code: string): string {
  return code.charAt(0);
}

/** Our two extra forms have no HTCDS value of their own: the nearest one is written. */
export function toHtcdsForm(form: ExploitationForm): string {
  if (form === 'DomesticServitude') return 'Servitude';
  if (form === 'ForcedCriminality') return 'Other';
  return form;
}

export const htcdsStatus = {
  presumed: 'PossibleVictimOfTrafficking',
  identified: 'ActualVictimOfTrafficking',
  not_victim: 'NotAVictimOfTrafficking',
} as const;

/**
 * HTCDS spells one value "Unaquainted"; we read both spellings and write theirs. An intimate
 * partner (ours, for CTDC) is an acquaintance to HTCDS.
 */
export function toHtcdsRelationship(value: RecruiterRelationship | null): string | null {
  if (value === 'IntimatePartner') return 'Acquainted';
  return value === 'Unacquainted' ? 'Unaquainted' : value;
}

export function fromHtcdsRelationship(value: string): RecruiterRelationship {
  return value === 'Unaquainted' ? 'Unacquainted' : (value as RecruiterRelationship);
}

type Contact = { kind: string; value: string };

/**
 * Contacts by the kind a user gave them: mobile, home phone, e-mail. A phone of no stated kind
 * fills the mobile phone, then the home phone; a phone kind names itself on import.
 */
export function htcdsContacts(contacts: readonly Contact[] | undefined): {
  prs_Email: string | null;
  prs_HomePhone: string | null;
  prs_MobilePhone: string | null;
} {
  const all = contacts ?? [];
  const first = (pattern: RegExp) => all.find((c) => pattern.test(c.kind))?.value ?? null;
  const mobile = first(/mobile|cell|gsm|whats|viber|telegram|сот|моб|mobil/i);
  const home = first(/home|land|fixed|house|дом|\bev\b/i);
  const other = all
    .filter((c) => /phone|tel|тел/i.test(c.kind) && c.value !== mobile && c.value !== home)
    .map((c) => c.value);
  return {
    prs_Email: first(/mail|почт|poçt/i),
    prs_MobilePhone: mobile ?? other.shift() ?? null,
    prs_HomePhone: home ?? other.shift() ?? null,
  };
}
