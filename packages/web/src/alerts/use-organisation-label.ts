import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';
import { organisationNames, useOrganisations } from '../organisations/organisation-queries.ts';

/**
 * id -> a name to show. Users without organisation:read cannot list organisations, so the other
 * body is then named generically rather than by a raw id.
 */
export function useOrganisationLabel() {
  const { t } = useTranslation();
  const { permissions, organisation } = useSession();
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const names = organisationNames(organisations.data);
  const label = (id: string): string =>
    names.get(id) ?? (id === organisation.id ? t('alerts.yourOrganisation') : t('alerts.otherOrganisation'));
  return { label, organisations: organisations.data ?? [], ownId: organisation.id };
}
