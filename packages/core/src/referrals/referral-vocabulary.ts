/** Value sets of referrals. Pure data: the web app uses them too. */
export const referralStatuses = ['sent', 'accepted', 'declined', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Statuses during which the recipient has need-to-know access. */
export const openReferralStatuses: readonly ReferralStatus[] = ['sent', 'accepted'];

/** What the sender asks for (HTCDS support plan types, plus the NRM's own steps). */
export const referralServices = [
  'identification_decision',
  'investigation',
  'shelter',
  'medical',
  'psychological',
  'legal',
  'interpretation',
  'financial_allowance',
  'vocational_training',
  'job_placement',
  'education',
  'repatriation',
  'residence_permit',
  'reflection_period',
  'child_protection',
  'other',
] as const;
export type ReferralService = (typeof referralServices)[number];

/** Parts of the person file a recipient may see besides the code and attributes. */
export const referralSections = ['screenings', 'exploitation', 'decisions'] as const;
export type ReferralSection = (typeof referralSections)[number];

export const referralUrgencies = ['normal', 'urgent'] as const;
export type ReferralUrgency = (typeof referralUrgencies)[number];

export const consentMeans = ['written', 'oral_witnessed', 'electronic'] as const;
export type ConsentMeans = (typeof consentMeans)[number];

/** What a consent covers. */
export const consentPurposes = ['share_identity', 'receive_services', 'contact_by_phone'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** What a party may do to a referral (policy/referral-access-policy.ts has the table). */
export const referralRecordActions = [
  'read',
  'message',
  'accept',
  'decline',
  'complete',
  'withdraw',
] as const;
export type ReferralRecordAction = (typeof referralRecordActions)[number];

/**
 * The actions that move a referral to another status: declared once here, so the state machine,
 * the routes (one per action) and the web's buttons cannot drift apart.
 */
export const referralTransitions = [
  'accept',
  'decline',
  'complete',
  'withdraw',
] as const satisfies readonly ReferralRecordAction[];
export type ReferralAction = (typeof referralTransitions)[number];
