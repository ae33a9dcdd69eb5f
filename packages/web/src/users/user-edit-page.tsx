import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { PasswordResetForm } from './password-reset-form.tsx';
import { SecondFactorResetPanel } from './second-factor-reset-panel.tsx';
import { UnlockPanel } from './unlock-panel.tsx';
import { UserEditForm } from './user-edit-form.tsx';
import { useUser } from './user-queries.ts';
import { UserTokensPanel } from './user-tokens-panel.tsx';

export function UserEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.editTitle'));
  return (
    <RequirePermission permission="user:update">
      <EditUser />
    </RequirePermission>
  );
}

function EditUser() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const session = useSession();
  const user = useUser(id);

  if (user.isPending) return <PageLoader />;
  if (user.isError) return <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />;
  const isSelf = user.data.id === session.user.id;

  return (
    <Stack>
      <Title order={1}>
        {t('users.editTitle')}: {user.data.displayName}
      </Title>
      <Text>
        {t('users.email')}: {user.data.email}
      </Text>
      {/* The API refuses changes to one's own roles and organisation; the form does not offer them. */}
      {isSelf ? (
        <Alert color="blue" role="note">
          {t('users.ownAccount')}
        </Alert>
      ) : null}
      <UserEditForm key={user.data.id} user={user.data} isSelf={isSelf} />
      <UnlockPanel user={user.data} />
      {isSelf ? null : <PasswordResetForm userId={user.data.id} />}
      {isSelf ? null : <SecondFactorResetPanel userId={user.data.id} />}
      {isSelf ? null : <UserTokensPanel user={user.data} />}
    </Stack>
  );
}
