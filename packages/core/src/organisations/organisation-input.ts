import type { OrganisationType } from './organisation-types.ts';

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  region?: string | null;
  parentId?: string | null;
  /** Plain text in, sealed at rest; null clears it. */
  address?: string | null;
  active?: boolean;
}

/** The additional authenticated data binding a sealed address to its organisation. */
export function organisationAddressAad(id: string): string {
  return `organisation.address.${id}`;
}
