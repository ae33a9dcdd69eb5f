import type { PersonRelation } from '@opennrm/core';

/**
 * Tables of the list access (migration 23): one row per organisation and person it stands to,
 * kept by triggers; read by the persons list, never written by the code.
 */
export interface ListAccessTables {
  person_links: PersonLinksTable;
}

export interface PersonLinksTable {
  organisation_id: string;
  person_id: string;
  created_at: Date;
  code: string;
  relations: PersonRelation[];
  identity_relations: PersonRelation[];
}
