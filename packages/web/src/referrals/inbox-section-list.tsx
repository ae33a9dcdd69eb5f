import { Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { LoadMore } from '../common/load-more.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFormat } from '../i18n/format.ts';
import type { ReferralTransition } from './referral-actions.ts';
import { type InboxListFilters, type InboxSectionName, useInboxSection } from './referral-queries.ts';
import { ReferralsTable } from './referrals-table.tsx';

interface Props {
  section: InboxSectionName;
  label: string;
  testId: string;
  filters: InboxListFilters;
  onOrder: (order: 'asc' | 'desc') => void;
  onAction: (referral: Referral, action: ReferralTransition) => void;
  busyId: string | null;
}

/**
 * One section of the inbox: its count in the heading (read out with it; "more than 1 000"
 * beyond the cap), a page of referrals, the deadline column that sorts, and "Load more" until
 * every referral of the section has been shown.
 */
export function InboxSectionList({ section, label, testId, filters, onOrder, onAction, busyId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useInboxSection(section, filters);
  const pages = list.data?.pages ?? [];
  const first = pages[0];
  const referrals = pages.flatMap((page) => page.referrals);
  const headingId = `inbox-${section}-title`;
  const count = first
    ? first.totalMore
      ? t('lists.moreThan', { total: format.number(first.total ?? 0) })
      : format.number(first.total ?? referrals.length)
    : null;
  const order = filters.order ?? 'asc';
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {label}{' '}
          {count !== null ? (
            <Badge
              variant="light"
              color="gray"
              radius="sm"
              size="lg"
              tt="none"
              data-testid={`${testId}-count`}
            >
              {count}
            </Badge>
          ) : null}
        </Title>
        {list.isPending ? <PageLoader /> : null}
        {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        {first && referrals.length === 0 ? <Text c="dimmed">{t('referrals.empty')}</Text> : null}
        {referrals.length > 0 ? (
          <>
            <ReferralsTable
              label={label}
              referrals={referrals}
              onAction={onAction}
              busyId={busyId}
              deadlineOrder={
                section === 'recentlyClosed'
                  ? undefined
                  : { direction: order, onSort: () => onOrder(order === 'asc' ? 'desc' : 'asc') }
              }
            />
            <LoadMore
              testId={`${testId}-more`}
              shown={referrals.length}
              total={first?.total ?? null}
              totalMore={first?.totalMore ?? false}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onMore={() => void list.fetchNextPage()}
            />
          </>
        ) : null}
      </Stack>
    </section>
  );
}
