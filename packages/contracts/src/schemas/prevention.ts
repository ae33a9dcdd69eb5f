import { z } from '@hono/zod-openapi';
import {
  awarenessAudiences,
  awarenessChannels,
  awarenessMaterials,
  hotlineCallerTypes,
  hotlineChannels,
  hotlineOutcomes,
  hotlineTopics,
  oversightKinds,
  preventionLanguages,
  preventionRegions,
  trainedBodyTypes,
  trainingTopics,
} from '@opennrm/core/vocabulary';
import { Timestamp, text, Uuid } from './common.ts';
import { IsoDate } from './person.ts';

const Count = z.number().int().min(0).max(100_000_000);
const PlaceCode = z.string().regex(/^[a-z0-9-]{1,60}$/);

export const PreventionPlace = z
  .object({
    code: PlaceCode,
    name: text(120),
    kind: z.enum(['city', 'district', 'abroad']),
    region: z.enum(preventionRegions),
  })
  .openapi('PreventionPlace');
export const SetPreventionPlacesBody = z
  .strictObject({ places: z.array(PreventionPlace.strict()).min(1).max(2000) })
  .openapi('SetPreventionPlaces');

const recorded = { id: Uuid, organisationId: Uuid, createdAt: Timestamp };

export const AwarenessActivity = z
  .object({
    ...recorded,
    heldOn: IsoDate,
    title: z.string(),
    placeCode: z.string(),
    region: z.enum(preventionRegions),
    audience: z.enum(awarenessAudiences),
    language: z.enum(preventionLanguages),
    channel: z.enum(awarenessChannels),
    materials: z.array(z.enum(awarenessMaterials)),
    reach: z.number().int().nullable(),
    organiser: z.string(),
  })
  .openapi('AwarenessActivity');
export const RecordAwarenessBody = z
  .strictObject({
    heldOn: IsoDate,
    title: text(200),
    placeCode: PlaceCode,
    audience: z.enum(awarenessAudiences),
    language: z.enum(preventionLanguages),
    channel: z.enum(awarenessChannels),
    materials: z.array(z.enum(awarenessMaterials)).max(10).optional(),
    reach: Count.nullable().optional(),
    organiser: text(200, 0).optional(),
  })
  .openapi('RecordAwareness');

const Participants = z.object({ bodyType: z.enum(trainedBodyTypes), participants: Count });
export const OfficialTraining = z
  .object({
    ...recorded,
    startedOn: IsoDate,
    endedOn: IsoDate,
    title: z.string(),
    topic: z.enum(trainingTopics),
    organiser: z.string(),
    placeCode: z.string().nullable(),
    participants: z.array(Participants),
  })
  .openapi('OfficialTraining');
export const RecordTrainingBody = z
  .strictObject({
    startedOn: IsoDate,
    endedOn: IsoDate.optional(),
    title: text(200),
    topic: z.enum(trainingTopics),
    organiser: text(200, 0).optional(),
    placeCode: PlaceCode.nullable().optional(),
    participants: z.array(Participants.strict()).min(1).max(trainedBodyTypes.length),
  })
  .openapi('RecordTraining');

export const OversightActivity = z
  .object({
    ...recorded,
    kind: z.enum(oversightKinds),
    heldOn: IsoDate,
    subject: z.string(),
    placeCode: z.string().nullable(),
    inspections: z.number().int(),
    violationsFound: z.number().int(),
    employersSanctioned: z.number().int(),
    licencesRevoked: z.number().int(),
  })
  .openapi('OversightActivity');
export const RecordOversightBody = z
  .strictObject({
    kind: z.enum(oversightKinds),
    heldOn: IsoDate,
    subject: text(200),
    placeCode: PlaceCode.nullable().optional(),
    inspections: Count.optional(),
    violationsFound: Count.optional(),
    employersSanctioned: Count.optional(),
    licencesRevoked: Count.optional(),
  })
  .openapi('RecordOversight');

export const HotlineContact = z
  .object({
    ...recorded,
    contactedAt: Timestamp,
    contactedOn: IsoDate,
    channel: z.enum(hotlineChannels),
    language: z.enum(preventionLanguages),
    callerType: z.enum(hotlineCallerTypes),
    topic: z.enum(hotlineTopics),
    outcome: z.enum(hotlineOutcomes),
    referredToOrganisationId: Uuid.nullable(),
    alertId: Uuid.nullable(),
    /** Only the id: opening the person asks the person's own policy. */
    personId: Uuid.nullable(),
    /** Whether the caller gave an identity (the identity itself only on the contact's page). */
    callerGiven: z.boolean(),
  })
  .openapi('HotlineContact');
export const HotlineContactDetail = HotlineContact.extend({
  callerIdentity: z.string().nullable().optional(),
  notes: z.string().nullable().optional(),
}).openapi('HotlineContactDetail');
export const RecordHotlineContactBody = z
  .strictObject({
    contactedAt: Timestamp.optional(),
    channel: z.enum(hotlineChannels),
    language: z.enum(preventionLanguages),
    callerType: z.enum(hotlineCallerTypes),
    topic: z.enum(hotlineTopics),
    outcome: z.enum(hotlineOutcomes),
    referredToOrganisationId: Uuid.nullable().optional(),
    alertId: Uuid.nullable().optional(),
    personId: Uuid.nullable().optional(),
    callerIdentity: text(500, 0).nullable().optional(),
    notes: text(2000, 0).nullable().optional(),
  })
  .openapi('RecordHotlineContact');

export const CorrectHotlineContactBody = RecordHotlineContactBody.omit({ callerIdentity: true, notes: true })
  .strict()
  .openapi('CorrectHotlineContact');

export const PreventionListQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
