import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { AuditTable } from '../audit/audit-table.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { organisationNames, useOrganisations } from '../organisations/organisation-queries.ts';
import { useUsers } from '../users/user-queries.ts';

/** The five newest events, for the auditor's first look of the day. */
export function LatestAuditEvents() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  // Same queries as the summary cards above, so names come from the cache.
  const users = useUsers({}, can(permissions, 'user:read'));
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const latest = useQuery({
    queryKey: ['audit', 'latest'],
    queryFn: () => unwrap(api.GET('/api/audit/events', { params: { query: { limit: 5 } } })),
  });
  if (latest.isPending) return <PageLoader />;
  if (latest.isError) return <ErrorAlert error={latest.error} />;
  return (
    <Stack gap="xs">
      <AuditTable
        events={latest.data.events}
        userNames={new Map((users.data ?? []).map((u) => [u.id, u.displayName]))}
        organisationNames={organisationNames(organisations.data)}
      />
      <Anchor component={Link} to="/audit" size="sm">
        {t('home.open')}: {t('nav.audit')}
      </Anchor>
    </Stack>
  );
}
