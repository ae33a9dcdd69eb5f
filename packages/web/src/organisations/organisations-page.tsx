import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { StatusBadge } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { organisationNames, useOrganisations } from './organisation-queries.ts';

/** The directory of participating bodies. The sealed address is never part of this list. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.title'));
  const { permissions } = useSession();
  const organisations = useOrganisations();
  const names = organisationNames(organisations.data);
  const canEdit = can(permissions, 'organisation:update');

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('organisations.title')}</Title>
        {can(permissions, 'organisation:create') ? (
          <Button component={Link} to="/organisations/new" data-testid="new-organisation">
            {t('organisations.new')}
          </Button>
        ) : null}
      </Group>
      {organisations.isPending ? <PageLoader /> : null}
      <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      {organisations.data?.length === 0 ? <Text>{t('organisations.empty')}</Text> : null}
      {organisations.data?.length ? (
        <TableScroll label={t('organisations.tableCaption')}>
          <Table striped highlightOnHover data-testid="organisations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.name')}</Table.Th>
                <Table.Th scope="col">{t('organisations.type')}</Table.Th>
                <Table.Th scope="col">{t('organisations.region')}</Table.Th>
                <Table.Th scope="col">{t('organisations.parent')}</Table.Th>
                <Table.Th scope="col">{t('organisations.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organisations.data.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Td>
                    {canEdit ? (
                      <Anchor component={Link} to={`/organisations/${organisation.id}`}>
                        {organisation.name}
                      </Anchor>
                    ) : (
                      organisation.name
                    )}
                  </Table.Td>
                  <Table.Td>
                    {t(`organisationTypes.${organisation.type}`, { defaultValue: organisation.type })}
                  </Table.Td>
                  <Table.Td>{organisation.region ?? ''}</Table.Td>
                  <Table.Td>{organisation.parentId ? (names.get(organisation.parentId) ?? '') : ''}</Table.Td>
                  <Table.Td>
                    <StatusBadge
                      tone={organisation.active ? 'ok' : 'off'}
                      label={organisation.active ? t('common.active') : t('common.inactive')}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Stack>
  );
}
