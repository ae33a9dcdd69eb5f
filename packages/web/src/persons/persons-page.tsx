import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { ListPager } from './list-pager.tsx';
import {
  type PersonFilters,
  pageCount,
  parsePersonFilters,
  personFiltersToParams,
} from './person-filters.ts';
import { PersonFiltersForm } from './person-filters-form.tsx';
import { usePersons } from './person-queries.ts';
import { PersonsTable } from './persons-table.tsx';

/** The work list of persons; filters and page live in the query string (shareable, Back-safe). */
export function PersonsPage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.title'));
  const { permissions } = useSession();
  const canRead = can(permissions, 'person:read');
  const [params, setParams] = useSearchParams();
  const filters = parsePersonFilters(params);
  const persons = usePersons(filters, canRead);
  const organisations = useOrganisations(canRead && can(permissions, 'organisation:read'));
  const apply = (next: PersonFilters) => setParams(personFiltersToParams(next));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('persons.title')}</Title>
        {can(permissions, 'person:create') ? (
          <Button component={Link} to="/persons/new" data-testid="new-person">
            {t('persons.new')}
          </Button>
        ) : null}
      </Group>
      {canRead ? null : (
        // Hotline operators register persons but never read records (docs/design.md, who uses it).
        <Alert color="blue" role="note">
          {t('persons.createOnly')}
        </Alert>
      )}
      {canRead ? (
        <>
          <PersonFiltersForm
            value={filters}
            organisations={organisations.data?.filter((o) => o.active) ?? null}
            onChange={apply}
          />
          {persons.isPending ? <PageLoader /> : null}
          <ErrorAlert error={persons.error} onRetry={() => void persons.refetch()} />
          {persons.data?.total === 0 ? <Text>{t('persons.empty')}</Text> : null}
          {persons.data && persons.data.persons.length > 0 ? (
            <PersonsTable persons={persons.data.persons} />
          ) : null}
          {persons.data && persons.data.total > 0 ? (
            // Shown even on an empty page (a link past the end) so the way back is always there.
            <ListPager
              page={filters.page}
              pages={pageCount(persons.data.total)}
              total={persons.data.total}
              onPage={(page) => apply({ ...filters, page })}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
