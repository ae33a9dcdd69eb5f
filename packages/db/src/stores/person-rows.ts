import type { Person, SealedPersonField } from '@opennrm/core';
import type { Insertable, Updateable } from 'kysely';
import type { PersonRow, PersonsTable } from '../schema-identification.ts';

type PersonPatch = Partial<Omit<Person, 'id' | 'code' | 'createdAt'>>;

type SealedColumnName = {
  [K in keyof PersonsTable]: K extends `${string}_sealed` ? K : never;
}[keyof PersonsTable];

/**
 * The column of each sealed identity field. A Record over core's field names, so a field added
 * in core without a column here fails to compile instead of being silently dropped.
 */
export const sealedPersonColumns: Readonly<Record<SealedPersonField, SealedColumnName>> = {
  givenNames: 'given_names_sealed',
  familyName: 'family_name_sealed',
  otherNames: 'other_names_sealed',
  birthDate: 'birth_date_sealed',
  documents: 'documents_sealed',
  contacts: 'contacts_sealed',
  addresses: 'addresses_sealed',
  notes: 'notes_sealed',
  sensitive: 'sensitive_sealed',
};

const sealedEntries = Object.entries(sealedPersonColumns) as [SealedPersonField, SealedColumnName][];

export function toPersonRow(person: Person): Insertable<PersonsTable> {
  const row: Insertable<PersonsTable> = {
    id: person.id,
    code: person.code,
    organisation_id: person.organisationId,
    gender: person.gender,
    birth_year: person.birthYear,
    age_band: person.ageBand,
    child_at_identification: person.childAtIdentification,
    citizenships: person.citizenships,
    languages: person.languages,
    status: person.status,
    status_body_type: person.statusBodyType,
    status_decided_at: person.statusDecidedAt,
    state_decided: person.stateDecided,
    first_screened_at: person.firstScreenedAt,
    decision_due_at: person.decisionDueAt,
    created_by: person.createdBy,
    created_at: person.createdAt,
    updated_at: person.updatedAt,
  };
  for (const [field, column] of sealedEntries) row[column] = person.sealed[field] ?? null;
  return row;
}

/**
 * Only the fields present in the patch. `sealed` is itself partial: a field named in it is
 * written (null or undefined clears it), a field not named keeps its stored value.
 */
export function toPersonUpdate(patch: PersonPatch): Updateable<PersonsTable> {
  const values: Updateable<PersonsTable> = {};
  if (patch.organisationId !== undefined) values.organisation_id = patch.organisationId;
  if (patch.gender !== undefined) values.gender = patch.gender;
  if (patch.birthYear !== undefined) values.birth_year = patch.birthYear;
  if (patch.ageBand !== undefined) values.age_band = patch.ageBand;
  if (patch.childAtIdentification !== undefined) values.child_at_identification = patch.childAtIdentification;
  if (patch.citizenships !== undefined) values.citizenships = patch.citizenships;
  if (patch.languages !== undefined) values.languages = patch.languages;
  if (patch.status !== undefined) values.status = patch.status;
  if (patch.statusBodyType !== undefined) values.status_body_type = patch.statusBodyType;
  if (patch.statusDecidedAt !== undefined) values.status_decided_at = patch.statusDecidedAt;
  if (patch.stateDecided !== undefined) values.state_decided = patch.stateDecided;
  if (patch.firstScreenedAt !== undefined) values.first_screened_at = patch.firstScreenedAt;
  if (patch.decisionDueAt !== undefined) values.decision_due_at = patch.decisionDueAt;
  if (patch.createdBy !== undefined) values.created_by = patch.createdBy;
  if (patch.updatedAt !== undefined) values.updated_at = patch.updatedAt;
  if (patch.sealed) {
    for (const [field, column] of sealedEntries) {
      if (field in patch.sealed) values[column] = patch.sealed[field] ?? null;
    }
  }
  return values;
}

export function toPerson(row: PersonRow): Person {
  const sealed: Person['sealed'] = {};
  for (const [field, column] of sealedEntries) {
    const value = row[column];
    if (value !== null) sealed[field] = value;
  }
  return {
    id: row.id,
    code: row.code,
    organisationId: row.organisation_id,
    gender: row.gender,
    birthYear: row.birth_year,
    ageBand: row.age_band,
    childAtIdentification: row.child_at_identification,
    citizenships: row.citizenships,
    languages: row.languages,
    status: row.status,
    statusBodyType: row.status_body_type,
    statusDecidedAt: row.status_decided_at,
    stateDecided: row.state_decided,
    firstScreenedAt: row.first_screened_at,
    decisionDueAt: row.decision_due_at,
    sealed,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
