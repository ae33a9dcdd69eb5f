import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { AuditTable } from '../audit/audit-table.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';

/** The five newest events, for the auditor's first look of the day. */
export function LatestAuditEvents() {
  const { t } = useTranslation();
  const latest = useQuery({
    queryKey: ['audit', 'latest'],
    queryFn: () => unwrap(api.GET('/api/audit/events', { params: { query: { limit: 5 } } })),
  });
  if (latest.isPending) return <PageLoader />;
  if (latest.isError) return <ErrorAlert error={latest.error} />;
  return (
    <Stack gap="xs">
      {/* Names come with the events; the log itself opens an event's details. */}
      <AuditTable events={latest.data.events} />
      <Anchor component={Link} to="/audit" size="sm">
        {t('home.open')}: {t('nav.audit')}
      </Anchor>
    </Stack>
  );
}
