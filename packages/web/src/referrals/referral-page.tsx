import { Alert, Anchor, Button, Code, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { HappenedEarlierField } from './happened-earlier-field.tsx';
import { MessageThread } from './message-thread.tsx';
import { offeredActions } from './referral-actions.ts';
import { ReferralDetails } from './referral-details.tsx';
import { earlierDay } from './referral-event-day.ts';
import { useMarkReferralRead, useReferral } from './referral-queries.ts';
import { ReferralStatusBadge } from './referral-status-badge.tsx';
import { useReferralActions } from './use-referral-actions.tsx';

export function ReferralPage() {
  return (
    <RequirePermission permission="referral:read">
      <ReferralView />
    </RequirePermission>
  );
}

/** One referral: what was asked, the actions open to this side now, and the message thread. */
function ReferralView() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { organisation } = useSession();
  const query = useReferral(id);
  const actions = useReferralActions();
  const [happenedOn, setHappenedOn] = useState<string | null>(null);
  const referral = query.data?.referral;
  useMarkReferralRead(id, referral !== undefined);
  const lost = isApiError(query.error) && (query.error.status === 403 || query.error.status === 404);
  usePageTitle(
    referral ? t('referral.title', { code: referral.personCode }) : lost ? t('referral.noAccessTitle') : '',
  );

  if (query.isPending) return <PageLoader />;
  if (lost || !referral) {
    // A declined or withdrawn recipient loses access: the page says so and shows nothing else.
    return (
      <Stack maw={640}>
        <Title order={1}>{lost ? t('referral.noAccessTitle') : t('referral.heading')}</Title>
        {lost ? (
          <Alert color="red" role="alert" data-testid="referral-no-access">
            {t('referral.noAccess')}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        <Anchor component={Link} to="/referrals">
          {t('referral.backToInbox')}
        </Anchor>
      </Stack>
    );
  }

  // The server's answer for this organisation and this referral now: its role and side included.
  const allowed = offeredActions(referral);
  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <Title order={1}>
          {t('referral.heading')}{' '}
          <Anchor component={Link} to={`/persons/${referral.personId}`} fz="inherit">
            <Code fz="inherit">{referral.personCode}</Code>
          </Anchor>
        </Title>
        <ReferralStatusBadge referral={referral} />
      </Group>
      {actions.view}
      {allowed.length > 0 ? (
        <section aria-labelledby="referral-actions-title">
          <Title order={2} size="h3" id="referral-actions-title" mb="xs">
            {t('referral.actions')}
          </Title>
          <Stack gap="sm" mb="sm">
            <HappenedEarlierField
              value={happenedOn}
              onChange={setHappenedOn}
              checkboxLabel={t('referrals.happenedEarlier')}
              dateLabel={t('referrals.happenedOn')}
              help={t('referrals.happenedOnHelp')}
              field="happenedOn"
              error={actions.error}
            />
          </Stack>
          <Group gap="sm">
            {allowed.map((action) => (
              <Button
                key={action}
                data-action={action}
                variant={action === 'accept' || action === 'complete' ? 'filled' : 'outline'}
                color={action === 'decline' || action === 'withdraw' ? 'red.9' : undefined}
                loading={actions.busyId === referral.id}
                onClick={() => actions.start(referral, action, earlierDay(happenedOn))}
              >
                {t(`referralActions.${action}`)}
              </Button>
            ))}
          </Group>
        </section>
      ) : null}
      <ReferralDetails referral={referral} />
      <MessageThread
        referralId={referral.id}
        organisationId={organisation.id}
        canPost={referral.may.message === true}
        nameOf={(id) =>
          id === referral.fromOrganisationId
            ? referral.fromOrganisationName
            : id === referral.toOrganisationId
              ? referral.toOrganisationName
              : undefined
        }
      />
    </Stack>
  );
}
