import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';

const links = [
  { to: '/prevention', key: 'activities', permission: 'prevention_activity:read' },
  { to: '/action-plan', key: 'actionPlan', permission: 'action_plan:read' },
  { to: '/recommendations', key: 'recommendations', permission: 'recommendation:read' },
] as const;

/** The three screens of prevention under one navigation entry, each shown to whoever may read it. */
export function PreventionTabs() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={t('preventionNav.prevention')} gap="lg" data-testid="prevention-tabs">
      {links
        .filter((l) => can(permissions, l.permission))
        .map((l) => (
          <Anchor
            key={l.to}
            component={Link}
            to={l.to}
            fw={pathname === l.to ? 700 : 400}
            aria-current={pathname === l.to ? 'page' : undefined}
          >
            {t(`preventionNav.${l.key}`)}
          </Anchor>
        ))}
    </Group>
  );
}
