import { z } from '@hono/zod-openapi';
import {
  alertRecordActions,
  alertStatuses,
  alertSubjects,
  consentMeans,
  consentPurposes,
  exploitationForms,
  organisationTypes,
  referralRecordActions,
  referralSections,
  referralServices,
  referralStatuses,
  referralUrgencies,
} from '@opennrm/core/vocabulary';
import { PageCursor, Timestamp, text, Uuid } from './common.ts';
import { IsoDate } from './person.ts';

export const ReferralStatus = z.enum(referralStatuses).openapi('ReferralStatus');

export const Referral = z
  .object({
    id: Uuid,
    personId: Uuid,
    personCode: z.string(),
    fromOrganisationId: Uuid,
    fromOrganisationName: z.string(),
    toOrganisationId: Uuid,
    toOrganisationName: z.string(),
    services: z.array(z.enum(referralServices)),
    urgency: z.enum(referralUrgencies),
    shareIdentity: z.boolean(),
    sections: z.array(z.enum(referralSections)),
    basis: z.enum(['consent', 'child_rule', 'override', 'none']),
    status: ReferralStatus,
    declineReason: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    /** The day it was sent; `sentAt` is when that was recorded (later, when entered afterwards). */
    sentOn: IsoDate,
    sentAt: Timestamp,
    /** Counted from the day it was sent. */
    respondBy: Timestamp,
    overdue: z.boolean(),
    respondedOn: IsoDate.nullable(),
    respondedAt: Timestamp.nullable(),
    closedOn: IsoDate.nullable(),
    closedAt: Timestamp.nullable(),
    /** Whether any of its events was recorded on a later day than it happened. */
    recordedLater: z.boolean(),
    /** The referral this one was sent onward from by its recipient; null when the owner sent it. */
    onwardFrom: Uuid.nullable(),
    /** What the caller may do to this referral now (the server's policy): show only these. */
    may: z.record(z.enum(referralRecordActions), z.boolean()),
  })
  .openapi('Referral');

export const ReferralDetail = Referral.extend({ note: z.string().nullable() }).openapi('ReferralDetail');

export const SendReferralBody = z
  .strictObject({
    toOrganisationId: Uuid,
    services: z.array(z.enum(referralServices)).min(1).max(16),
    urgency: z.enum(referralUrgencies).optional(),
    note: text(5000).nullable().optional(),
    shareIdentity: z.boolean(),
    sections: z.array(z.enum(referralSections)).max(3).optional(),
    overrideReason: text(1000).nullable().optional(),
    /** The day it was sent, when earlier than today (not before the backdating limit); default today. */
    sentOn: IsoDate.nullable().optional(),
  })
  .openapi('SendReferral');

/** A status change: the reason (required to decline) and the day it happened (default today). */
export const TransitionBody = z
  .strictObject({
    reason: text(2000).nullable().optional(),
    /** When earlier than today: not in the future, not before the referral was sent or answered. */
    happenedOn: IsoDate.nullable().optional(),
  })
  .openapi('ReferralTransition');

export const ReferralProposal = z
  .object({
    ruleId: z.string(),
    organisationId: Uuid,
    organisationName: z.string(),
    services: z.array(z.enum(referralServices)),
  })
  .openapi('ReferralProposal');

export const Inbox = z
  .object({
    incoming: z.array(Referral),
    outgoing: z.array(Referral),
    overdue: z.array(Referral),
    inProgress: z.array(Referral),
    recentlyClosed: z.array(Referral),
    unreadNotifications: z.int(),
  })
  .openapi('Inbox');

export const inboxSectionNames = ['incoming', 'outgoing', 'overdue', 'inProgress', 'recentlyClosed'] as const;
export const InboxSectionParams = z.object({ section: z.enum(inboxSectionNames) });
export const InboxSectionQuery = z.object({
  /** A fragment of the person's code, any case. */
  code: z.string().max(40).optional(),
  urgency: z.enum(referralUrgencies).optional(),
  /** asc: soonest deadline (oldest closure) first; desc: the other way. Default: deadlines asc, closures desc. */
  order: z.enum(['asc', 'desc']).optional(),
  cursor: PageCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const InboxSectionResponse = z
  .object({
    referrals: z.array(Referral),
    nextCursor: z.string().nullable(),
    /** On the first page only (null after): counted up to 1 000, `totalMore` beyond. */
    total: z.int().nullable(),
    totalMore: z.boolean(),
  })
  .openapi('InboxSection');

export const Message = z
  .object({
    id: Uuid,
    authorUserId: Uuid,
    authorOrganisationId: Uuid,
    body: z.string(),
    createdAt: Timestamp,
  })
  .openapi('ReferralMessage');
export const MessageBody = z.strictObject({ body: text(5000) }).openapi('PostMessage');

export const Consent = z
  .object({
    id: Uuid,
    purposes: z.array(z.enum(consentPurposes)),
    organisationIds: z.array(Uuid),
    means: z.enum(consentMeans),
    givenOn: IsoDate,
    recordedByOrganisationId: Uuid,
    recordedAt: Timestamp,
    withdrawnAt: Timestamp.nullable(),
  })
  .openapi('Consent');
export const ConsentBody = z
  .strictObject({
    purposes: z.array(z.enum(consentPurposes)).min(1).max(3),
    organisationIds: z.array(Uuid).max(50),
    means: z.enum(consentMeans),
    givenOn: IsoDate,
  })
  .openapi('RecordConsent');

export const Notification = z
  .object({
    id: Uuid,
    kind: z.string(),
    referralId: Uuid.nullable(),
    personCode: z.string().nullable(),
    /** Who asks to be contacted (kind person.contact_requested). */
    aboutOrganisation: z.object({ id: Uuid, name: z.string() }).nullable(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .openapi('Notification');
/** Which to mark: by id, or every one about a referral the user has opened. */
export const MarkReadBody = z
  .strictObject({ ids: z.array(Uuid).min(1).max(200).optional(), referralId: Uuid.optional() })
  .refine((body) => body.ids !== undefined || body.referralId !== undefined, {
    message: 'Give ids or a referralId.',
  })
  .openapi('MarkRead');

export const Alert = z
  .object({
    id: Uuid,
    fromOrganisationId: Uuid,
    toOrganisationId: Uuid,
    subject: z.enum(alertSubjects),
    title: z.string(),
    status: z.enum(alertStatuses),
    personIds: z.array(Uuid),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** What the caller may do to this alert now (the server's policy): show only these. */
    may: z.record(z.enum(alertRecordActions), z.boolean()),
  })
  .openapi('Alert');
/** A page of alerts (newest first): `nextCursor` of the previous page, up to 200 at a time. */
export const AlertListQuery = z.strictObject({
  /** `true`: only alerts received and still open, those the organisation has to acknowledge. */
  awaiting: z.enum(['true']).optional(),
  cursor: PageCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const AlertListResponse = z.object({
  alerts: z.array(Alert),
  /** The next page's cursor; null on the last page. */
  nextCursor: z.string().nullable(),
  /** On the first page only (null after): alerts counted up to 1 000, `totalMore` beyond. */
  total: z.int().nullable(),
  totalMore: z.boolean(),
});
export const AlertDetail = Alert.extend({ details: z.string() }).openapi('AlertDetail');
export const SendAlertBody = z
  .strictObject({
    toOrganisationId: Uuid,
    subject: z.enum(alertSubjects),
    title: text(200),
    details: text(5000),
  })
  .openapi('SendAlert');
export const LinkPersonBody = z.strictObject({ personId: Uuid }).openapi('LinkPerson');

export const RoutingRule = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    when: z.strictObject({
      foreign: z.boolean().optional(),
      child: z.boolean().optional(),
      forms: z.array(z.enum(exploitationForms)).max(13).optional(),
      region: z.string().max(120).optional(),
    }),
    toType: z.enum(organisationTypes),
    services: z.array(z.enum(referralServices)).min(1).max(16),
  })
  .strict()
  .openapi('RoutingRule');
export const ReferralSettings = z
  .object({
    responseWorkingDays: z.strictObject({ normal: z.int().min(1).max(60), urgent: z.int().min(1).max(60) }),
    routingRules: z.array(RoutingRule).max(100),
    /** How many days back a referral's sending, answer or closing may be dated. */
    backdateLimitDays: z.int().min(0).max(36_600),
  })
  .openapi('ReferralSettings');
export const UpdateReferralSettingsBody = ReferralSettings.partial()
  .strict()
  .openapi('UpdateReferralSettings');
