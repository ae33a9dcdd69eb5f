import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { isLocale } from '../i18n/i18n.ts';
import { PublishReleaseForm } from './publish-release-form.tsx';
import { ReleaseDetails } from './release-details.tsx';
import { useReleases } from './release-queries.ts';

export function StatisticsReleasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('releases.title'));
  return (
    <RequirePermission permission="statistics_release:read">
      <Releases />
    </RequirePermission>
  );
}

/**
 * The national figures as published: every release, newest first, each downloadable byte for
 * byte as it was published; the coordinator publishes a year, or corrects one with a reason.
 * The release opened is in the address bar (?release=id), so it can be linked to.
 */
function Releases() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { permissions } = useSession();
  const [params, setParams] = useSearchParams();
  const opened = params.get('release');
  const releases = useReleases();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const open = (id: string) => setParams({ release: id });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('releases.title')}</Title>
        <Text maw={760}>{t('releases.intro')}</Text>
      </Stack>
      {can(permissions, 'statistics_release:create') ? (
        <PublishReleaseForm releases={releases.data ?? []} onPublished={open} />
      ) : null}
      <Title order={2}>{t('releases.listTitle')}</Title>
      {releases.isPending ? <PageLoader /> : null}
      <ErrorAlert error={releases.error} onRetry={() => void releases.refetch()} />
      {releases.data?.length === 0 ? <Text>{t('releases.none')}</Text> : null}
      {releases.data?.length ? (
        <TableScroll label={t('releases.listTitle')}>
          <Table striped withTableBorder data-testid="releases-table">
            <caption>{t('releases.listCaption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('releases.period')}</Table.Th>
                <Table.Th scope="col">{t('releases.number')}</Table.Th>
                <Table.Th scope="col">{t('releases.published')}</Table.Th>
                <Table.Th scope="col">{t('releases.by')}</Table.Th>
                <Table.Th scope="col">{t('releases.corrects')}</Table.Th>
                <Table.Th scope="col">{t('releases.open')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {releases.data.map((r) => (
                <Table.Tr key={r.id} data-testid="release-row">
                  <Table.Th scope="row">{r.period.label}</Table.Th>
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td>{format.dateTime(r.publishedAt)}</Table.Td>
                  <Table.Td>{r.publishedBy.name}</Table.Td>
                  <Table.Td>
                    {r.corrects ? t('releases.correctsNumber', { number: r.corrects.number }) : '–'}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-pressed={opened === r.id}
                      aria-label={t('releases.openRelease', { period: r.period.label, number: r.number })}
                      onClick={() => open(r.id)}
                    >
                      {t('releases.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {opened ? <ReleaseDetails id={opened} locale={locale} /> : null}
    </Stack>
  );
}
