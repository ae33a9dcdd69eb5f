import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';

/** The administrator's answer to a lost phone: removes the user's authenticator app (audited). */
export function SecondFactorResetPanel({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const reset = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/users/{id}/second-factor/reset', { params: { path: { id: userId } } })),
    onSettled: () => setConfirming(false),
  });
  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="second-factor-reset-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="second-factor-reset-title">
          {t('secondFactor.title')}
        </Title>
        <Text size="sm">{t('secondFactor.resetIntro')}</Text>
        <ErrorAlert error={reset.error} />
        {reset.isSuccess ? (
          <Alert color="teal" role="status">
            {t('secondFactor.resetDone')}
          </Alert>
        ) : null}
        <Button variant="outline" color="red" w="fit-content" onClick={() => setConfirming(true)}>
          {t('secondFactor.reset')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('secondFactor.reset')}
        message={t('secondFactor.resetConfirm')}
        confirmLabel={t('secondFactor.reset')}
        danger
        busy={reset.isPending}
        onConfirm={() => reset.mutate()}
        onCancel={() => setConfirming(false)}
      />
    </Paper>
  );
}
