import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';
import { api, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { meKey, useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';

/** The display name; email, roles and organisation are the administrator's to change. */
export function ProfileForm() {
  const { t } = useTranslation();
  const { user, organisation } = useSession();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(user.displayName);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/me', { body: { displayName: displayName.trim() } })),
    onSuccess: ({ user: saved }) =>
      queryClient.setQueryData<Me | null>(meKey, (old) => (old ? { ...old, user: saved } : old)),
  });
  const errors = fieldErrorsOf(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="profile-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="profile-title">
            {t('account.profile')}
          </Title>
          <Text size="sm">
            {t('users.email')}: {user.email}
          </Text>
          <Text size="sm">
            {t('users.organisation')}: {organisation.name}
          </Text>
          <Text size="sm">
            {t('users.roles')}:{' '}
            {user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}
          </Text>
          <ErrorAlert error={save.error} />
          {save.isSuccess ? (
            <Alert color="teal" role="status">
              {t('common.saved')}
            </Alert>
          ) : null}
          <TextInput
            label={t('users.displayName')}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.displayName}
          />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
