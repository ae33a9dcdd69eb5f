import type {
  AwarenessActivity,
  HotlineContact,
  OfficialTraining,
  OversightActivity,
  PreventionListFilter,
  PreventionStore,
} from '@opennrm/core';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema.ts';

type Row<T extends keyof Database> = Database[T] extends infer R ? { [K in keyof R]: R[K] } : never;

/** Awareness activities, trainings, oversight activities and hotline contacts (migration 0016). */
export function createPreventionStore(db: Kysely<Database>): PreventionStore {
  return {
    async addAwareness(a) {
      await db
        .insertInto('awareness_activities')
        .values({
          id: a.id,
          organisation_id: a.organisationId,
          held_on: a.heldOn,
          title: a.title,
          place_code: a.placeCode,
          region: a.region,
          audience: a.audience,
          language: a.language,
          channel: a.channel,
          materials: a.materials,
          reach: a.reach,
          organiser: a.organiser,
          created_by: a.createdBy,
          created_at: a.createdAt,
        })
        .execute();
    },
    async getAwareness(id) {
      const row = await db
        .selectFrom('awareness_activities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toAwareness(row);
    },
    async replaceAwareness(a) {
      // A correction: what happened and where; who recorded it, and when, stay.
      await db
        .updateTable('awareness_activities')
        .set({
          held_on: a.heldOn,
          title: a.title,
          place_code: a.placeCode,
          region: a.region,
          audience: a.audience,
          language: a.language,
          channel: a.channel,
          materials: a.materials,
          reach: a.reach,
          organiser: a.organiser,
        })
        .where('id', '=', a.id)
        .execute();
    },
    async listAwareness(filter) {
      const rows = await within(
        db.selectFrom('awareness_activities').selectAll(),
        'held_on',
        filter,
      ).execute();
      return rows.map(toAwareness);
    },
    async addTraining(t) {
      await db
        .insertInto('official_trainings')
        .values({
          id: t.id,
          organisation_id: t.organisationId,
          started_on: t.startedOn,
          ended_on: t.endedOn,
          title: t.title,
          topic: t.topic,
          organiser: t.organiser,
          place_code: t.placeCode,
          created_by: t.createdBy,
          created_at: t.createdAt,
        })
        .execute();
      if (t.participants.length > 0)
        await db
          .insertInto('official_training_participants')
          .values(
            t.participants.map((p) => ({
              training_id: t.id,
              body_type: p.bodyType,
              participants: p.participants,
            })),
          )
          .execute();
    },
    async listTrainings(filter) {
      const rows = await within(
        db.selectFrom('official_trainings').selectAll(),
        'started_on',
        filter,
      ).execute();
      const ids = rows.map((r) => r.id);
      const participants =
        ids.length === 0
          ? []
          : await db
              .selectFrom('official_training_participants')
              .selectAll()
              .where('training_id', 'in', ids)
              .orderBy('body_type')
              .execute();
      return rows.map(
        (r): OfficialTraining => ({
          id: r.id,
          organisationId: r.organisation_id,
          startedOn: r.started_on,
          endedOn: r.ended_on,
          title: r.title,
          topic: r.topic as OfficialTraining['topic'],
          organiser: r.organiser,
          placeCode: r.place_code,
          participants: participants
            .filter((p) => p.training_id === r.id)
            .map((p) => ({
              bodyType: p.body_type as OfficialTraining['participants'][number]['bodyType'],
              participants: p.participants,
            })),
          createdBy: r.created_by,
          createdAt: r.created_at,
        }),
      );
    },
    async addOversight(o) {
      await db
        .insertInto('oversight_activities')
        .values({
          id: o.id,
          organisation_id: o.organisationId,
          kind: o.kind,
          held_on: o.heldOn,
          subject: o.subject,
          place_code: o.placeCode,
          inspections: o.inspections,
          violations_found: o.violationsFound,
          employers_sanctioned: o.employersSanctioned,
          licences_revoked: o.licencesRevoked,
          created_by: o.createdBy,
          created_at: o.createdAt,
        })
        .execute();
    },
    async listOversight(filter) {
      const rows = await within(
        db.selectFrom('oversight_activities').selectAll(),
        'held_on',
        filter,
      ).execute();
      return rows.map(
        (r): OversightActivity => ({
          id: r.id,
          organisationId: r.organisation_id,
          kind: r.kind as OversightActivity['kind'],
          heldOn: r.held_on,
          subject: r.subject,
          placeCode: r.place_code,
          inspections: r.inspections,
          violationsFound: r.violations_found,
          employersSanctioned: r.employers_sanctioned,
          licencesRevoked: r.licences_revoked,
          createdBy: r.created_by,
          createdAt: r.created_at,
        }),
      );
    },
    async addHotlineContact(c) {
      await db
        .insertInto('hotline_contacts')
        .values({
          id: c.id,
          organisation_id: c.organisationId,
          contacted_at: c.contactedAt,
          contacted_on: c.contactedOn,
          channel: c.channel,
          language: c.language,
          caller_type: c.callerType,
          topic: c.topic,
          outcome: c.outcome,
          referred_to_organisation_id: c.referredToOrganisationId,
          alert_id: c.alertId,
          person_id: c.personId,
          caller_identity_sealed: c.callerIdentitySealed,
          notes_sealed: c.notesSealed,
          created_by: c.createdBy,
          created_at: c.createdAt,
        })
        .execute();
    },
    async getHotlineContact(id) {
      const row = await db.selectFrom('hotline_contacts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toContact(row);
    },
    async replaceHotlineContact(c) {
      // The sealed caller and notes, who recorded it and when, stay as they were.
      await db
        .updateTable('hotline_contacts')
        .set({
          contacted_at: c.contactedAt,
          contacted_on: c.contactedOn,
          channel: c.channel,
          language: c.language,
          caller_type: c.callerType,
          topic: c.topic,
          outcome: c.outcome,
          referred_to_organisation_id: c.referredToOrganisationId,
          alert_id: c.alertId,
          person_id: c.personId,
        })
        .where('id', '=', c.id)
        .execute();
    },
    async listHotlineContacts(filter) {
      const rows = await within(
        db.selectFrom('hotline_contacts').selectAll(),
        'contacted_on',
        filter,
      ).execute();
      return rows.map(toContact);
    },
  };
}

type DatedTable = 'awareness_activities' | 'official_trainings' | 'oversight_activities' | 'hotline_contacts';

/** The filter's organisation and days, newest first. */
function within<T extends DatedTable, O>(
  query: SelectQueryBuilder<Database, T, O>,
  day: 'held_on' | 'started_on' | 'contacted_on',
  filter: PreventionListFilter,
): SelectQueryBuilder<Database, T, O> {
  // biome-ignore lint/suspicious/noExplicitAny: the column names are checked by the union above
  let q = query as SelectQueryBuilder<any, any, O>;
  if (filter.organisationId !== null) q = q.where('organisation_id', '=', filter.organisationId);
  if (filter.from) q = q.where(day, '>=', filter.from);
  if (filter.to) q = q.where(day, '<=', filter.to);
  return q.orderBy(day, 'desc').orderBy('id', 'desc').limit(filter.limit) as SelectQueryBuilder<
    Database,
    T,
    O
  >;
}

function toAwareness(r: Row<'awareness_activities'>): AwarenessActivity {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    heldOn: r.held_on,
    title: r.title,
    placeCode: r.place_code,
    region: r.region as AwarenessActivity['region'],
    audience: r.audience as AwarenessActivity['audience'],
    language: r.language as AwarenessActivity['language'],
    channel: r.channel as AwarenessActivity['channel'],
    materials: r.materials as AwarenessActivity['materials'],
    reach: r.reach,
    organiser: r.organiser,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

function toContact(r: Row<'hotline_contacts'>): HotlineContact {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    contactedAt: r.contacted_at,
    contactedOn: r.contacted_on,
    channel: r.channel as HotlineContact['channel'],
    language: r.language as HotlineContact['language'],
    callerType: r.caller_type as HotlineContact['callerType'],
    topic: r.topic as HotlineContact['topic'],
    outcome: r.outcome as HotlineContact['outcome'],
    referredToOrganisationId: r.referred_to_organisation_id,
    alertId: r.alert_id,
    personId: r.person_id,
    callerIdentitySealed: r.caller_identity_sealed,
    notesSealed: r.notes_sealed,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
