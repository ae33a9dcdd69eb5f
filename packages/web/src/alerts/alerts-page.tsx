import { Anchor, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { LoadMore } from '../common/load-more.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { AlertForm } from './alert-form.tsx';
import { useAlerts } from './alert-queries.ts';
import { AlertsTable } from './alerts-table.tsx';
import { useOrganisationLabel } from './use-organisation-label.ts';

export function AlertsPage() {
  return (
    <RequirePermission permission="referral:read">
      <AlertsView />
    </RequirePermission>
  );
}

/** Alerts sent and received, then the form to send one (only for those who may create). */
function AlertsView() {
  const { t } = useTranslation();
  usePageTitle(t('alerts.title'));
  const { permissions } = useSession();
  // In the address, so the home page's "alerts to acknowledge" opens exactly the alerts it counts.
  const [params, setParams] = useSearchParams();
  const awaiting = params.get('awaiting') === 'true';
  const alerts = useAlerts(awaiting);
  const first = alerts.data?.pages[0];
  const shown = alerts.data?.pages.flatMap((page) => page.alerts) ?? [];
  const names = useOrganisationLabel();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('alerts.title')}</Title>
      <Text>{t('alerts.intro')}</Text>
      <Anchor component={Link} to="/referrals" w="fit-content">
        {t('referral.backToInbox')}
      </Anchor>
      <Checkbox
        label={t('alerts.awaitingOnly')}
        checked={awaiting}
        onChange={(e) => setParams(e.currentTarget.checked ? { awaiting: 'true' } : {})}
        data-testid="alerts-awaiting"
      />
      {alerts.isPending ? <PageLoader /> : null}
      {alerts.isError ? <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} /> : null}
      {first?.alerts.length === 0 ? (
        <Text c="dimmed">{t(awaiting ? 'alerts.noneAwaiting' : 'alerts.empty')}</Text>
      ) : null}
      {first && shown.length > 0 ? (
        <>
          <AlertsTable alerts={shown} organisationLabel={names.label} />
          <LoadMore
            shown={shown.length}
            total={first.total}
            totalMore={first.totalMore}
            hasMore={alerts.hasNextPage}
            loading={alerts.isFetchingNextPage}
            onMore={() => void alerts.fetchNextPage()}
            testId="alerts-more"
          />
        </>
      ) : null}
      {can(permissions, 'referral:create') ? (
        <AlertForm organisations={names.organisations} ownId={names.ownId} />
      ) : null}
    </Stack>
  );
}
