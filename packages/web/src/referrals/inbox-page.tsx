import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inbox } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { useInbox } from './referral-queries.ts';
import { ReferralsTable } from './referrals-table.tsx';
import { useReferralActions } from './use-referral-actions.tsx';

const sections = [
  { key: 'incoming', label: 'referrals.incoming', testId: 'inbox-incoming' },
  { key: 'outgoing', label: 'referrals.outgoing', testId: 'inbox-outgoing' },
  { key: 'overdue', label: 'referrals.overdue', testId: 'inbox-overdue' },
  { key: 'inProgress', label: 'referrals.inProgress', testId: 'inbox-in-progress' },
  { key: 'recentlyClosed', label: 'referrals.closed', testId: 'inbox-closed' },
] as const satisfies readonly { key: keyof Inbox; label: string; testId: string }[];

export function InboxPage() {
  return (
    <RequirePermission permission="referral:read">
      <InboxView />
    </RequirePermission>
  );
}

/** The organisation's referral work lists, each with its count, decisions first. */
function InboxView() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const format = useFormat();
  const inbox = useInbox();
  const actions = useReferralActions();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('referrals.title')}</Title>
      <Text>{t('referrals.intro')}</Text>
      {/* Alerts come before any person exists, so they have their own list, one step away. */}
      <Anchor component={Link} to="/alerts" w="fit-content" data-testid="alerts-link">
        {t('alerts.link')}
      </Anchor>
      {actions.view}
      {inbox.isPending ? <PageLoader /> : null}
      {inbox.isError ? <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.data
        ? sections.map((section) => {
            const list = inbox.data[section.key];
            const headingId = `inbox-${section.key}-title`;
            return (
              <section key={section.key} aria-labelledby={headingId} data-testid={section.testId}>
                <Stack gap="xs">
                  {/* The count is inside the heading, so it is read out with it. */}
                  <Title order={2} size="h3" id={headingId}>
                    {t(section.label)}{' '}
                    <Badge variant="light" color="gray" radius="sm" size="lg" tt="none">
                      {format.number(list.length)}
                    </Badge>
                  </Title>
                  {list.length === 0 ? (
                    <Text c="dimmed">{t('referrals.empty')}</Text>
                  ) : (
                    <ReferralsTable
                      label={t(section.label)}
                      referrals={list}
                      onAction={actions.start}
                      busyId={actions.busyId}
                    />
                  )}
                </Stack>
              </section>
            );
          })
        : null}
    </Stack>
  );
}
