import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { can, canAny } from '../common/permissions.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import type { en } from '../i18n/en.ts';
import { PersonsSummary } from './persons-summary.tsx';
import { WorkSummary } from './work-summary.tsx';

type CanKey = keyof typeof en.home.can;

/** What each permission lets the user do today, in the order they would look for it. */
const abilities: { permission: string; key: CanKey }[] = [
  { permission: 'person:read', key: 'personRead' },
  { permission: 'person:create', key: 'personCreate' },
  { permission: 'identification_decision:create', key: 'decide' },
  { permission: 'configuration:update', key: 'configure' },
  { permission: 'organisation:read', key: 'organisationRead' },
  { permission: 'organisation:create', key: 'organisationManage' },
  { permission: 'user:read', key: 'userRead' },
  { permission: 'user:create', key: 'userManage' },
  { permission: 'audit_log:read', key: 'auditRead' },
  { permission: 'audit_log:verify', key: 'auditVerify' },
  { permission: 'api_token:create', key: 'account' },
];

/**
 * A welcome that says plainly what this version lets the role do. Counts appear only where
 * the data exists today; case work lists will join them when those modules do.
 */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { user, organisation, permissions } = useSession();
  const caseWorkRole = canAny(permissions, ['person:read', 'person:create', 'statistics:read']);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('home.welcome', { name: user.displayName })}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
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
        <Paper withBorder p="md" component="section" aria-labelledby="home-can">
          <Title order={2} size="h4" id="home-can">
            {t('home.whatNow')}
          </Title>
          <List mt="xs" spacing={4}>
            {abilities
              .filter((a) => can(permissions, a.permission))
              .map((a) => (
                <List.Item key={a.key}>{t(`home.can.${a.key}`)}</List.Item>
              ))}
          </List>
          {caseWorkRole ? (
            <Text size="sm" mt="md">
              {t('home.notYet')}
            </Text>
          ) : null}
        </Paper>
      </SimpleGrid>
      {can(permissions, 'person:read') ? <PersonsSummary /> : null}
      <WorkSummary />
    </Stack>
  );
}
