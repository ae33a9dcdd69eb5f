import type {
  CooperationRecord,
  ProtectionStore,
  ReflectionPeriod,
  ResidencePermit,
  ReturnRecord,
  ServiceDelivery,
  ShelterStay,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { toCamel, toSnake } from './protection-rows.ts';

/** A person's protection records (migration 14); each list newest event first. */
export function createProtectionStore(db: Kysely<Database>): ProtectionStore {
  return {
    async addService(service) {
      await db
        .insertInto('protection_services')
        .values(toSnake(service) as never)
        .execute();
    },
    async addCooperation(record) {
      await db
        .insertInto('protection_cooperation')
        .values(toSnake(record) as never)
        .execute();
    },
    async addReflectionPeriod(period) {
      await db
        .insertInto('protection_reflection_periods')
        .values(toSnake(period) as never)
        .execute();
    },
    async addResidencePermit(permit) {
      await db
        .insertInto('protection_residence_permits')
        .values(toSnake(permit) as never)
        .execute();
    },
    async addReturn(record) {
      await db
        .insertInto('protection_returns')
        .values(toSnake(record) as never)
        .execute();
    },
    async forPerson(personId) {
      const [services, cooperation, reflectionPeriods, residencePermits, returns, stays] = await Promise.all([
        db
          .selectFrom('protection_services')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('delivered_on', 'desc')
          .orderBy('recorded_at', 'desc')
          .execute(),
        db
          .selectFrom('protection_cooperation')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('as_of', 'desc')
          .orderBy('recorded_at', 'desc')
          .execute(),
        db
          .selectFrom('protection_reflection_periods')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('started_on', 'desc')
          .execute(),
        db
          .selectFrom('protection_residence_permits')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('applied_on', 'desc')
          .execute(),
        db
          .selectFrom('protection_returns')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('returned_on', 'desc')
          .execute(),
        db
          .selectFrom('shelter_stays')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('admitted_on', 'desc')
          .execute(),
      ]);
      return {
        services: services.map((r) => toCamel<ServiceDelivery>(r)),
        cooperation: cooperation.map((r) => toCamel<CooperationRecord>(r)),
        reflectionPeriods: reflectionPeriods.map((r) => toCamel<ReflectionPeriod>(r)),
        residencePermits: residencePermits.map((r) => toCamel<ResidencePermit>(r)),
        returns: returns.map((r) => toCamel<ReturnRecord>(r)),
        stays: stays.map((r) => toCamel<ShelterStay>(r)),
      };
    },
  };
}
