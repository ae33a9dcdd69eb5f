import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import { type ServiceDelivery, type ShelterStay, serviceNoteAad } from './protection.ts';
import type { PersonProtection } from './protection-ports.ts';
import type { OperatorType } from './protection-vocabulary.ts';

/** A stay as a reader of the person's record sees it. */
export interface StayView extends ShelterStay {
  /** Null unless the reader may know where the person is (owner, or the facility's operator). */
  facilityName: string | null;
  facilityIdVisible: boolean;
  operatorType: OperatorType | null;
}

export interface ServiceView extends ServiceDelivery {
  /** The note, unsealed for readers who may see the person's identity; null otherwise. */
  note: string | null;
}

export interface PersonSupport extends Omit<PersonProtection, 'stays' | 'services'> {
  services: ServiceView[];
  stays: StayView[];
  /** The latest cooperation choice by its day, or null when none was recorded. */
  cooperationNow: PersonProtection['cooperation'][number] | null;
}

/**
 * The person's Support tab: services, cooperation, reflection, permits, returns and stays, for
 * whoever may read the record's support (`read_support`). Which shelter a person stays in is
 * where they are: like the list of holders it is shown to the owner only (and to the facility's
 * own staff); others see that there was a stay and with what kind of operator.
 */
export async function getPersonSupport(ctx: Ctx, personId: string): Promise<PersonSupport> {
  const { facts } = await loadPersonFor(ctx, personId, 'read_support');
  const all = await ctx.store.protection.forPerson(personId);
  const seeWhere = mayOnPerson(ctx.actor, 'see_holders', facts);
  const facilities = new Map(
    (
      await Promise.all(
        [...new Set(all.stays.map((s) => s.facilityId))].map((id) => ctx.store.shelters.getFacility(id)),
      )
    )
      .filter((f) => f !== undefined)
      .map((f) => [f.id, f]),
  );
  const stays = all.stays.map((stay): StayView => {
    const facility = facilities.get(stay.facilityId);
    const visible = seeWhere || facility?.organisationId === ctx.actor.organisationId;
    return {
      ...stay,
      facilityId: visible ? stay.facilityId : '',
      facilityIdVisible: visible,
      facilityName: visible ? (facility?.name ?? null) : null,
      operatorType: facility?.operatorType ?? null,
    };
  });
  const cooperationNow =
    [...all.cooperation].sort((a, b) => b.asOf.localeCompare(a.asOf) || +b.recordedAt - +a.recordedAt)[0] ??
    null;
  const seeNotes = mayOnPerson(ctx.actor, 'reveal_identity', facts);
  const services = all.services.map((s) => ({
    ...s,
    note: seeNotes && s.noteSealed ? ctx.sealer.unseal(s.noteSealed, serviceNoteAad(s.id)) : null,
  }));
  return { ...all, services, stays, cooperationNow };
}
