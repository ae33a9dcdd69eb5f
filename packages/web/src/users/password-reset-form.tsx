import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PasswordField } from '../common/password-field.tsx';
import { useResetPassword } from './user-queries.ts';

/** An administrator sets a new password for someone else (never for themselves: see My account). */
export function PasswordResetForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const reset = useResetPassword(userId);
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const errors = fieldErrorsOf(reset.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTooShort(password.length < 12);
    if (password.length < 12) return;
    reset.mutate(password, { onSuccess: () => setPassword('') });
  };

  return (
    <Paper withBorder p="md" maw={640}>
      <form onSubmit={submit} noValidate aria-labelledby="reset-password-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="reset-password-title">
            {t('users.resetPassword')}
          </Title>
          <Text size="sm">{t('users.resetPasswordHelp')}</Text>
          <ErrorAlert error={reset.error} />
          {reset.isSuccess ? (
            <Alert color="teal" role="status">
              {t('users.passwordReset')}
            </Alert>
          ) : null}
          <PasswordField
            label={t('users.newPassword')}
            description={t('users.passwordHelp')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={tooShort ? t('account.passwordTooShort') : errors.password}
          />
          <Button type="submit" variant="outline" loading={reset.isPending} w="fit-content">
            {t('users.resetPassword')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
