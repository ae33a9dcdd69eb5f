import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { useAddressState } from '../common/use-address-state.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { useUsers } from '../users/user-queries.ts';
import { auditAddressToParams, parseAuditAddress } from './audit-address.ts';
import { AuditEventDrawer } from './audit-event-drawer.tsx';
import { AuditFilters } from './audit-filters.tsx';
import {
  auditExportUrl,
  type AuditFilters as Filters,
  useAuditEvent,
  useAuditEvents,
} from './audit-queries.ts';
import { AuditTable } from './audit-table.tsx';
import { VerifyChain } from './verify-chain.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  return (
    <RequirePermission permission="audit_log:read">
      <AuditLog />
    </RequirePermission>
  );
}

/**
 * Filters live in the address bar; pages are fetched newest first with a keyset cursor. Names
 * come with the events from the server; the pickers' lists only offer who and what to choose.
 */
function AuditLog() {
  const { t, i18n } = useTranslation();
  const { permissions } = useSession();
  // The opened event is in the address too (`?event=` its number), so it can be linked and
  // survives a reload; an event not among the loaded pages is fetched on its own.
  const [{ filters, event: openedSeq }, update] = useAddressState(parseAuditAddress, auditAddressToParams);
  const events = useAuditEvents(filters);
  const users = useUsers({}, can(permissions, 'user:read'));
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const all = events.data?.pages.flatMap((page) => page.events) ?? [];
  const listed = all.find((event) => event.seq === openedSeq);
  const fetched = useAuditEvent(listed || openedSeq === null ? null : openedSeq);
  const opened = listed ?? fetched.data ?? null;
  const open = (event: AuditEvent | null) => update((current) => ({ ...current, event: event?.seq ?? null }));
  const first = events.data?.pages[0];
  const format = useFormat();
  // Counted on the first page only, capped: a trail of millions says "more than 1 000".
  const shown = format.number(all.length);
  const status =
    !first || first.total === null || all.length === 0
      ? null
      : first.totalMore
        ? t('lists.shownOfMore', { shown, total: format.number(first.total) })
        : t('lists.shown', { shown, total: format.number(first.total) });

  // New filters close the opened event: it may not be among what they list.
  const apply = (next: Filters) => update(() => ({ filters: next, event: null }));

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{t('audit.title')}</Title>
        {can(permissions, 'audit_log:verify') ? <VerifyChain /> : null}
      </Group>
      <AuditFilters
        value={filters}
        users={users.data ?? []}
        organisations={organisations.data ?? []}
        onChange={apply}
      />
      <Group gap="xs">
        <Button
          component="a"
          href={auditExportUrl(filters, i18n.language)}
          download
          variant="light"
          w="fit-content"
          data-testid="audit-export"
        >
          {t('auditLog.export')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('auditLog.exportHelp')}
        </Text>
      </Group>
      {events.isPending ? <PageLoader /> : null}
      <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      {events.isSuccess && all.length === 0 ? <Text>{t('audit.noEvents')}</Text> : null}
      {all.length ? <AuditTable events={all} onOpen={open} /> : null}
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
      <AuditEventDrawer event={opened} onClose={() => open(null)} />
    </Stack>
  );
}
