import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFormat } from '../i18n/format.ts';
import { isLocked, useUnlockUser } from './user-queries.ts';

/** Shown only while the account is locked after failed sign-ins. */
export function UnlockPanel({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unlock = useUnlockUser(user.id);
  if (unlock.isSuccess && !isLocked(unlock.data ?? user)) {
    return (
      <Alert color="teal" role="status" maw={640}>
        {t('users.unlocked')}
      </Alert>
    );
  }
  if (!isLocked(user)) return null;
  return (
    <Stack maw={640} gap="xs">
      <Text>{t('users.lockedUntil', { time: format.dateTime(user.lockedUntil) })}</Text>
      <ErrorAlert error={unlock.error} />
      <Button
        variant="outline"
        w="fit-content"
        loading={unlock.isPending}
        onClick={() => unlock.mutate(undefined)}
      >
        {t('users.unlock')}
      </Button>
    </Stack>
  );
}
