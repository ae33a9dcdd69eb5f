import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';

/** From the annual report to the releases: the figures as they were published. */
export function ReleasesLink() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  if (!can(permissions, 'statistics_release:read')) return null;
  return (
    <Anchor component={Link} to="/statistics/releases" data-testid="releases-link">
      {t('releases.linkFromReport')}
    </Anchor>
  );
}
