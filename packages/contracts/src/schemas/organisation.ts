import { z } from '@hono/zod-openapi';
import { organisationTypes } from '@opennrm/core/vocabulary';
import { Timestamp, text, Uuid } from './common.ts';

export const OrganisationType = z.enum(organisationTypes).openapi('OrganisationType');

/** The sealed address is never part of an organisation as listed; only `hasAddress`. */
export const Organisation = z
  .object({
    id: Uuid,
    name: z.string(),
    type: OrganisationType,
    region: z.string().nullable(),
    parentId: Uuid.nullable(),
    active: z.boolean(),
    hasAddress: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Organisation');

export const CreateOrganisationBody = z
  .strictObject({
    name: text(200),
    type: OrganisationType,
    region: text(120).nullable().optional(),
    parentId: Uuid.nullable().optional(),
    address: text(500).nullable().optional(),
    active: z.boolean().optional(),
  })
  .openapi('CreateOrganisation');

export const UpdateOrganisationBody = CreateOrganisationBody.partial().openapi('UpdateOrganisation');

export const OrganisationResponse = z.object({ organisation: Organisation });
export const OrganisationListResponse = z.object({ organisations: z.array(Organisation) });
export const AddressResponse = z.object({ address: z.string().nullable() });
