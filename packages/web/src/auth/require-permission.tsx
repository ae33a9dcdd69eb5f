import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../common/permissions.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { useSession } from './session.ts';

/** A page the user may not use says so plainly instead of failing on its first request. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { permissions } = useSession();
  if (!can(permissions, permission)) return <NotAllowed />;
  return <>{children}</>;
}

/**
 * Its own component so the title is set only when refused: the refused page never mounts, and
 * without this the tab (and the screen reader's announcement) would still name it.
 */
function NotAllowed() {
  const { t } = useTranslation();
  usePageTitle(t('errors.notAllowedTitle'));
  return (
    <Stack maw={640}>
      <Title order={1}>{t('errors.notAllowedTitle')}</Title>
      <Alert color="red" title={t('errors.title')} role="alert">
        {t('errors.forbidden')}
      </Alert>
    </Stack>
  );
}
