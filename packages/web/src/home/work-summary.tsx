import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';
import { useFormat } from '../i18n/format.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { isLocked, useUsers } from '../users/user-queries.ts';
import { LatestAuditEvents } from './latest-audit-events.tsx';

/** Counts from data that exists now: organisations, users (with locked accounts) and audit. */
export function WorkSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const { permissions, organisation } = useSession();
  const manages = can(permissions, 'user:create');
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  // Administrators see everyone; other roles see their colleagues (the server scopes the list).
  const users = useUsers(manages ? {} : { organisationId: organisation.id }, can(permissions, 'user:read'));

  const cards: { key: string; lines: string[]; to: string }[] = [];
  if (organisations.data) {
    const active = organisations.data.filter((o) => o.active).length;
    cards.push({
      key: 'organisations',
      to: '/organisations',
      lines: [
        t('home.organisationsCount', { total: format.number(organisations.data.length) }),
        t('home.activeOrganisationsCount', { total: format.number(active) }),
      ],
    });
  }
  if (users.data) {
    const locked = users.data.filter((u) => isLocked(u)).length;
    cards.push({
      key: 'users',
      to: '/users',
      lines: manages
        ? [
            t('home.usersCount', { total: format.number(users.data.length) }),
            t('home.lockedUsersCount', { total: format.number(locked) }),
          ]
        : [t('home.colleaguesCount', { total: format.number(users.data.length) })],
    });
  }

  return (
    <Stack gap="md">
      {cards.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {cards.map((card) => (
            <Paper key={card.key} withBorder p="md" data-testid={`summary-${card.key}`}>
              {card.lines.map((line) => (
                <Text key={line} fw={500}>
                  {line}
                </Text>
              ))}
              <Anchor component={Link} to={card.to} size="sm">
                {t('home.open')}: {t(card.key === 'users' ? 'nav.users' : 'nav.organisations')}
              </Anchor>
            </Paper>
          ))}
        </SimpleGrid>
      ) : null}
      {can(permissions, 'audit_log:read') ? (
        <section aria-labelledby="home-audit">
          <Title order={2} size="h4" id="home-audit" mb="xs">
            {t('home.latestEvents')}
          </Title>
          <LatestAuditEvents />
        </section>
      ) : null}
    </Stack>
  );
}
