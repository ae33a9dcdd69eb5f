import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { organisationNames, useOrganisations } from '../organisations/organisation-queries.ts';
import { useUsers } from '../users/user-queries.ts';
import { AuditFilters } from './audit-filters.tsx';
import { type AuditFilters as Filters, useAuditEvents } from './audit-queries.ts';
import { AuditTable } from './audit-table.tsx';
import { VerifyChain } from './verify-chain.tsx';

const filterKeys = ['action', 'entityType', 'actorUserId', 'from', 'to'] as const;

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  return (
    <RequirePermission permission="audit_log:read">
      <AuditLog />
    </RequirePermission>
  );
}

/** Filters live in the address bar; pages are fetched newest first with a keyset cursor. */
function AuditLog() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const [params, setParams] = useSearchParams();
  const filters: Filters = Object.fromEntries(
    filterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])),
  );
  const events = useAuditEvents(filters);
  const users = useUsers({}, can(permissions, 'user:read'));
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const userNames = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  const all = events.data?.pages.flatMap((page) => page.events) ?? [];
  const first = events.data?.pages[0];
  const format = useFormat();
  // Counted on the first page only, capped: a trail of millions says "more than 10 000".
  const shown = format.number(all.length);
  const status =
    !first || first.total === null || all.length === 0
      ? null
      : first.totalMore
        ? t('lists.shownOfMore', { shown, total: format.number(first.total) })
        : t('lists.shown', { shown, total: format.number(first.total) });

  const apply = (next: Filters) => {
    const query = new URLSearchParams();
    for (const key of filterKeys) if (next[key]) query.set(key, next[key] ?? '');
    setParams(query);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{t('audit.title')}</Title>
        {can(permissions, 'audit_log:verify') ? <VerifyChain /> : null}
      </Group>
      <AuditFilters value={filters} users={users.data ?? []} onChange={apply} />
      {events.isPending ? <PageLoader /> : null}
      <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      {events.isSuccess && all.length === 0 ? <Text>{t('audit.noEvents')}</Text> : null}
      {all.length ? (
        <AuditTable
          events={all}
          userNames={userNames}
          organisationNames={organisationNames(organisations.data)}
        />
      ) : null}
      {status ? (
        <Text size="sm" role="status" data-testid="audit-total">
          {status}
        </Text>
      ) : null}
      {events.hasNextPage ? (
        <Button
          variant="outline"
          w="fit-content"
          loading={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
          data-testid="load-more"
        >
          {t('common.loadMore')}
        </Button>
      ) : all.length ? (
        <Text size="sm" c="dimmed">
          {t('audit.end')}
        </Text>
      ) : null}
    </Stack>
  );
}
