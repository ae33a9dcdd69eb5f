import { Anchor, Button, Code, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { can } from '../common/permissions.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import {
  type CountryReportDocument,
  releaseFileUrl,
  useCountryReportReleases,
  useReleaseCountryReport,
} from './country-report-queries.ts';

/**
 * The releases of one document for the year: what the country sent, frozen with each file's
 * SHA-256, and the button that releases it as it stands now (again: with a reason).
 */
export function ReleasePanel({ document, year }: { document: CountryReportDocument; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { permissions } = useSession();
  const releases = useCountryReportReleases(year);
  const release = useReleaseCountryReport();
  const [reason, setReason] = useState('');
  const mine = (releases.data?.releases ?? []).filter((r) => r.document === document);
  const again = mine.length > 0;
  return (
    <Stack gap="xs" data-testid="country-report-releases">
      <Title order={3}>{t('countryReport.releases.title')}</Title>
      <Text size="sm">{t('countryReport.releases.intro')}</Text>
      <ErrorAlert error={releases.error} onRetry={() => void releases.refetch()} />
      {mine.length === 0 ? (
        <Text size="sm">{t('countryReport.releases.none')}</Text>
      ) : (
        <TableScroll label={t('countryReport.releases.caption')}>
          <Table withTableBorder data-testid="country-report-release-table">
            <caption>{t('countryReport.releases.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('countryReport.releases.number')}</Table.Th>
                <Table.Th scope="col">{t('countryReport.releases.releasedAt')}</Table.Th>
                <Table.Th scope="col">{t('countryReport.releases.by')}</Table.Th>
                <Table.Th scope="col">{t('countryReport.releases.files')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row">{r.number}</Table.Th>
                  <Table.Td>
                    {format.dateTime(r.releasedAt)}
                    {r.reason ? <Text size="sm">{r.reason}</Text> : null}
                  </Table.Td>
                  <Table.Td>{r.releasedBy.name}</Table.Td>
                  <Table.Td>
                    {r.files.map((file) => (
                      <Text size="sm" key={file.name}>
                        <Anchor href={releaseFileUrl(r.id, file.name)}>{file.name}</Anchor>{' '}
                        <Code>{file.sha256}</Code>
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {can(permissions, 'country_report:create') ? (
        <>
          {again ? (
            <Textarea
              label={t('countryReport.releases.reason')}
              description={t('countryReport.releases.reasonHint')}
              value={reason}
              maxLength={2000}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          ) : null}
          <ErrorAlert error={release.error} />
          <Button
            w="fit-content"
            loading={release.isPending}
            disabled={again && reason.trim() === ''}
            onClick={() =>
              release.mutate(
                { document, year, ...(again ? { reason: reason.trim() } : {}) },
                { onSuccess: () => setReason('') },
              )
            }
            data-testid="release-document"
          >
            {t('countryReport.releases.release')}
          </Button>
        </>
      ) : null}
    </Stack>
  );
}
