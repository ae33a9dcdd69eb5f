import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.ts';
import { can, canAny } from '../common/permissions.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import type { en } from '../i18n/en.ts';
import { PersonsSummary } from './persons-summary.tsx';
import { TodayPanel } from './today-panel.tsx';
import { WorkSummary } from './work-summary.tsx';

type CanKey = keyof typeof en.home.can;
type GoKey = 'report' | 'alerts' | 'referrals' | 'shelters';

/**
 * Where each permission takes the user today, in the order they would look for it: each line is
 * a link to the page where it is done, never a bullet to read.
 */
const abilities: { permission: string; to: string; key: CanKey }[] = [
  { permission: 'person:read', to: '/persons', key: 'personRead' },
  { permission: 'person:create', to: '/persons/new', key: 'personCreate' },
  { permission: 'identification_decision:create', to: '/persons?status=presumed', key: 'decide' },
  { permission: 'configuration:update', to: '/settings/identification', key: 'configure' },
  { permission: 'organisation:read', to: '/organisations', key: 'organisationRead' },
  { permission: 'organisation:create', to: '/organisations/new', key: 'organisationManage' },
  { permission: 'user:read', to: '/users', key: 'userRead' },
  { permission: 'user:create', to: '/users/new', key: 'userManage' },
  { permission: 'audit_log:read', to: '/audit', key: 'auditRead' },
  { permission: 'audit_log:verify', to: '/audit', key: 'auditVerify' },
  { permission: 'api_token:create', to: '/account', key: 'account' },
];

/** The module pages the list above does not name; the annual report first for the coordinator. */
const destinations: { permissions: string[]; to: string; key: GoKey }[] = [
  { permissions: ['statistics:read'], to: '/statistics', key: 'report' },
  { permissions: ['referral:read'], to: '/referrals', key: 'referrals' },
  { permissions: ['referral:read', 'alert:read'], to: '/alerts', key: 'alerts' },
  { permissions: ['shelter:read'], to: '/shelters', key: 'shelters' },
];

/**
 * Task first: what waits for the user's organisation now (each count a link to its list), then
 * where the user can go, then who they are. Figures only where the role may see them.
 */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { user, organisation, permissions } = useSession();
  const links = [
    ...destinations
      .filter((d) => canAny(permissions, d.permissions))
      .map((d) => ({ to: d.to, key: `go-${d.key}`, label: t(`homeTasks.${d.key}`) })),
    ...abilities
      .filter((a) => can(permissions, a.permission))
      .map((a) => ({ to: a.to, key: a.key, label: t(`home.can.${a.key}`) })),
  ];

  return (
    <Stack gap="lg">
      <Title order={1}>{t('home.welcome', { name: user.displayName })}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TodayPanel />
        <Paper withBorder p="md" component="section" aria-labelledby="home-can">
          <Title order={2} size="h4" id="home-can">
            {t('homeTasks.goTo')}
          </Title>
          <Stack gap={6} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {links.map((link) => (
              <li key={link.key}>
                <Anchor component={Link} to={link.to} data-testid={`home-link-${link.key}`}>
                  {link.label}
                </Anchor>
              </li>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
      {can(permissions, 'person:read') ? <PersonsSummary /> : null}
      <Paper withBorder p="md" component="section" aria-labelledby="home-organisation">
        <Title order={2} size="h4" id="home-organisation">
          {t('home.yourOrganisation')}
        </Title>
        <Text mt="xs" fw={600}>
          {organisation.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`organisationTypes.${organisation.type}`, { defaultValue: organisation.type })}
          {organisation.region ? ` · ${organisation.region}` : ''}
        </Text>
        <Title order={3} size="h5" mt="md">
          {t('home.yourRoles')}
        </Title>
        <Group gap="xs" mt={4}>
          {user.roles.map((role) => (
            <Badge key={role} variant="light" color="blue" tt="none">
              {t(`roles.${role}`, { defaultValue: role })}
            </Badge>
          ))}
        </Group>
      </Paper>
      <WorkSummary />
    </Stack>
  );
}
