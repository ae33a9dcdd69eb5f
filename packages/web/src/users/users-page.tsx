import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { roles, type User } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { StatusBadge } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { organisationNames, useOrganisations } from '../organisations/organisation-queries.ts';
import { UserFilters } from './user-filters.tsx';
import { type UserFilters as Filters, isLocked, useUsers } from './user-queries.ts';

/** Filters live in the query string, so a filtered list can be shared and survives Back. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const { permissions } = useSession();
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    organisationId: params.get('organisationId') ?? undefined,
    // A role the address bar names but the server does not know would be a 400: ignored instead.
    role: roles.find((r) => r === params.get('role')),
    search: params.get('search') ?? undefined,
  };
  const users = useUsers(filters);
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const names = organisationNames(organisations.data);

  const applyFilters = (next: Filters) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
    setParams(query);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        {can(permissions, 'user:create') ? (
          <Button component={Link} to="/users/new" data-testid="new-user">
            {t('users.new')}
          </Button>
        ) : null}
      </Group>
      <UserFilters value={filters} organisations={organisations.data ?? []} onChange={applyFilters} />
      {users.isPending ? <PageLoader /> : null}
      <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      {users.data?.length === 0 ? <Text>{t('users.empty')}</Text> : null}
      {users.data?.length ? (
        <UsersTable users={users.data} names={names} linkToEdit={can(permissions, 'user:update')} />
      ) : null}
    </Stack>
  );
}

function UsersTable({
  users,
  names,
  linkToEdit,
}: {
  users: User[];
  names: Map<string, string>;
  linkToEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('users.tableCaption')}>
      <Table striped highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.organisation')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('users.lastLogin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                {linkToEdit ? (
                  <Anchor component={Link} to={`/users/${user.id}`}>
                    {user.displayName}
                  </Anchor>
                ) : (
                  user.displayName
                )}
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{names.get(user.organisationId) ?? ''}</Table.Td>
              <Table.Td>
                {user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StatusBadge
                    tone={user.active ? 'ok' : 'off'}
                    label={user.active ? t('common.active') : t('common.inactive')}
                  />
                  {isLocked(user) ? <StatusBadge tone="bad" label={t('users.locked')} /> : null}
                </Group>
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('common.never')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
