import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../common/permissions.ts';
import { useSession } from './session.ts';

/** A page the user may not use says so plainly instead of failing on its first request. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  if (!can(permissions, permission)) {
    return (
      <Alert color="red" title={t('errors.title')} role="alert">
        {t('errors.forbidden')}
      </Alert>
    );
  }
  return <>{children}</>;
}
