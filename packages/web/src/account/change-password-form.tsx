import { Alert, Button, Paper, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';
import { api, unwrap } from '../api/client.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PasswordField } from '../common/password-field.tsx';

const minimumLength = 12;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const change = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/password', { body: { currentPassword, newPassword } })),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setRepeat('');
      setChecked(false);
    },
  });
  const errors = fieldErrorsOf(change.error);
  const tooShort = checked && newPassword.length < minimumLength;
  const differ = checked && newPassword !== repeat;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (newPassword.length < minimumLength || newPassword !== repeat) return;
    change.mutate();
  };

  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="password-title">
            {t('account.changePassword')}
          </Title>
          <ErrorAlert error={change.error} />
          {change.isSuccess ? (
            <Alert color="teal" role="status">
              {t('account.passwordChanged')}
            </Alert>
          ) : null}
          <PasswordField
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.currentPassword}
          />
          <PasswordField
            label={t('account.newPassword')}
            description={t('account.newPasswordHelp')}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={tooShort ? t('account.passwordTooShort') : errors.newPassword}
          />
          <PasswordField
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={differ ? t('account.passwordsDiffer') : undefined}
          />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
