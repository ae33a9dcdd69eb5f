import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenStatus } from '../account/token-queries.ts';
import type { User } from '../api/types.ts';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useRevokeUserTokens, useUserTokens } from './user-token-queries.ts';

/**
 * The person's active API tokens and one action: revoke them all, for an account that may be in
 * someone else's hands (a password reset revokes them too).
 */
export function UserTokensPanel({ user }: { user: User }) {
  const { t } = useTranslation();
  const tokens = useUserTokens(user.id);
  const revoke = useRevokeUserTokens(user.id);
  const [confirming, setConfirming] = useState(false);
  const active = (tokens.data ?? []).filter((token) => tokenStatus(token) === 'active');

  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="user-tokens-title">
      <Stack gap="xs" data-testid="user-tokens">
        <Title order={2} size="h4" id="user-tokens-title">
          {t('users.tokens')}
        </Title>
        <Text size="sm">{t('users.tokensIntro')}</Text>
        <ErrorAlert error={tokens.error ?? revoke.error} />
        {revoke.isSuccess ? (
          <Alert color="teal" role="status">
            {t('users.tokensRevoked', { count: revoke.data })}
          </Alert>
        ) : null}
        {tokens.isSuccess && active.length === 0 ? <Text>{t('users.noTokens')}</Text> : null}
        {active.length > 0 ? (
          <>
            <Text>{t('users.activeTokens', { names: active.map((token) => token.name).join(', ') })}</Text>
            <Button variant="outline" color="red.9" w="fit-content" onClick={() => setConfirming(true)}>
              {t('users.revokeTokens')}
            </Button>
          </>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('users.revokeTokens')}
        message={t('users.revokeTokensConfirm', { name: user.displayName })}
        confirmLabel={t('users.revokeTokens')}
        danger
        busy={revoke.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => revoke.mutate(undefined, { onSettled: () => setConfirming(false) })}
      />
    </Paper>
  );
}
