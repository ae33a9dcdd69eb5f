import { Alert, Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { MessageThread } from '../referrals/message-thread.tsx';
import { offeredAlertActions } from './alert-actions.ts';
import { AlertDetails } from './alert-details.tsx';
import { AlertPersons } from './alert-persons.tsx';
import { useAlert, useAlertTransition } from './alert-queries.ts';
import { AlertStatusBadge } from './alert-status-badge.tsx';
import { useOrganisationLabel } from './use-organisation-label.ts';

export function AlertPage() {
  return (
    <RequirePermission permission="referral:read">
      <AlertView />
    </RequirePermission>
  );
}

/** One alert: the sealed details (shown only here), what this side may do, persons and thread. */
function AlertView() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { organisation } = useSession();
  const query = useAlert(id);
  const transition = useAlertTransition(id);
  const organisationLabel = useOrganisationLabel();
  const alert = query.data;
  const lost = isApiError(query.error) && (query.error.status === 403 || query.error.status === 404);
  usePageTitle(alert ? t('alert.pageTitle', { title: alert.title }) : lost ? t('alert.noAccessTitle') : '');

  if (query.isPending) return <PageLoader />;
  if (lost || !alert) {
    // Another organisation's alert: say so and show nothing of it, not even its title.
    return (
      <Stack maw={640}>
        <Title order={1}>{lost ? t('alert.noAccessTitle') : t('alert.heading')}</Title>
        {lost ? (
          <Alert color="red" role="alert" data-testid="alert-no-access">
            {t('alert.noAccess')}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        <Anchor component={Link} to="/alerts">
          {t('alert.backToList')}
        </Anchor>
      </Stack>
    );
  }

  // The server's answer for this organisation and this alert now: its role and side included.
  const allowed = offeredAlertActions(alert);
  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <Title order={1}>{alert.title}</Title>
        <AlertStatusBadge status={alert.status} />
      </Group>
      <Anchor component={Link} to="/alerts" w="fit-content">
        {t('alert.backToList')}
      </Anchor>
      {/* Outside the actions: after a close or a 409 the buttons are gone but the outcome is not. */}
      <ErrorAlert error={transition.error} />
      {transition.isSuccess ? (
        <Alert color="teal" role="status" maw={760}>
          {t(transition.variables === 'close' ? 'alert.closed' : 'alert.acknowledged')}
        </Alert>
      ) : null}
      {allowed.length > 0 ? (
        <section aria-labelledby="alert-actions-title">
          <Title order={2} size="h3" id="alert-actions-title" mb="xs">
            {t('alert.actions')}
          </Title>
          <Stack gap="xs" maw={760}>
            <Group gap="sm">
              {allowed.map((action) => (
                <Button
                  key={action}
                  data-action={action}
                  variant={action === 'acknowledge' ? 'filled' : 'outline'}
                  loading={transition.isPending && transition.variables === action}
                  disabled={transition.isPending}
                  onClick={() => transition.mutate(action)}
                >
                  {t(`alert.${action}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        </section>
      ) : null}
      <AlertDetails alert={alert} />
      <AlertPersons
        alertId={alert.id}
        personIds={alert.personIds}
        // The alert's own answer; the person's record is checked again when the link is made.
        canLink={alert.may.link_person === true}
      />
      <MessageThread
        kind="alerts"
        referralId={alert.id}
        organisationId={organisation.id}
        canPost={alert.may.message === true}
        nameOf={organisationLabel.label}
      />
    </Stack>
  );
}
