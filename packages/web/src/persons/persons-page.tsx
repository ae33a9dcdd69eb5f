import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { LoadMore } from '../common/load-more.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { useAddressState } from '../common/use-address-state.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { NameSearch } from './name-search.tsx';
import { parsePersonFilters, personFiltersToParams } from './person-filters.ts';
import { PersonFiltersForm } from './person-filters-form.tsx';
import { usePersons } from './person-queries.ts';
import { PersonsTable } from './persons-table.tsx';

/**
 * The work list of persons; filters and order live in the query string (shareable, Back-safe),
 * pages load by cursor ("Load more"). A name search, for those who may reveal identity, is
 * kept apart: a name never goes into the address.
 */
export function PersonsPage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.title'));
  const { permissions } = useSession();
  const canRead = can(permissions, 'person:read');
  const [filters, update] = useAddressState(parsePersonFilters, personFiltersToParams);
  const persons = usePersons(filters, canRead);
  const organisations = useOrganisations(canRead && can(permissions, 'organisation:read'));
  const pages = persons.data?.pages ?? [];
  const first = pages[0];
  const rows = pages.flatMap((page) => page.persons);

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
            onChange={update}
          />
          {persons.isPending ? <PageLoader /> : null}
          <ErrorAlert error={persons.error} onRetry={() => void persons.refetch()} />
          {first?.total === 0 ? <Text>{t('persons.empty')}</Text> : null}
          {rows.length > 0 ? (
            <PersonsTable
              persons={rows}
              sort={filters.sort ?? 'newest'}
              onSort={(sort) => update((current) => ({ ...current, sort }))}
            />
          ) : null}
          {first && rows.length > 0 ? (
            <LoadMore
              testId="persons-more"
              shown={rows.length}
              total={first.total}
              totalMore={first.totalMore}
              hasMore={persons.hasNextPage}
              loading={persons.isFetchingNextPage}
              onMore={() => void persons.fetchNextPage()}
            />
          ) : null}
          {can(permissions, 'person_identity:reveal') ? <NameSearch /> : null}
        </>
      ) : null}
    </Stack>
  );
}
