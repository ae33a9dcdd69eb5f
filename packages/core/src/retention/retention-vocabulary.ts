/**
 * The record types retention knows, each with its clock and what the run does when it has run
 * out (docs/security/retention.md): persons are anonymised after their last event, hotline
 * contacts lose the caller's identity, criminal cases their defendants' names after the final
 * judgment, notifications are deleted.
 */
export const retentionRecordTypes = ['person', 'hotline_contact', 'criminal_case', 'notification'] as const;
export type RetentionRecordType = (typeof retentionRecordTypes)[number];

/** Why a person may not be anonymised or erased now. */
export const holdKinds = ['open_case', 'open_stay', 'legal_hold'] as const;
export type HoldKind = (typeof holdKinds)[number];

/** The lawful grounds an erasure request is answered on (GDPR art. 17(1), as codes). */
export const erasureBases = [
  'no_longer_necessary',
  'consent_withdrawn',
  'objection',
  'unlawful_processing',
  'legal_obligation',
] as const;
export type ErasureBasis = (typeof erasureBases)[number];
