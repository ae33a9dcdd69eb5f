import { Anchor, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { ReleaseChangesTable } from './release-changes-table.tsx';
import { releaseFileUrl, useRelease } from './release-queries.ts';

/** One release: its files to download with their SHA-256, what it corrects, and the changed cells. */
export function ReleaseDetails({ id, locale }: { id: string; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useRelease(id, locale);
  const release = query.data;
  if (query.isPending) return <PageLoader />;
  if (!release) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const heading = t('releases.detailsTitle', { period: release.period.label, number: release.number });
  return (
    <Stack gap="md" data-testid="release-details">
      <Title order={2}>{heading}</Title>
      <Text>
        {t('releases.publishedBy', {
          time: format.dateTime(release.publishedAt),
          name: release.publishedBy.name,
        })}
      </Text>
      <Text>{t('releases.settingsUsed', { threshold: release.settings.threshold })}</Text>
      {release.corrects ? (
        <Text data-testid="release-reason">
          {t('releases.correctsWithReason', {
            number: release.corrects.number,
            reason: release.reason ?? '',
          })}
        </Text>
      ) : null}
      <Text>
        {t('releases.releaseHash')} <Code data-testid="release-hash">{release.sha256}</Code>
      </Text>
      <TableScroll label={t('releases.filesCaption', { number: release.number })}>
        <Table withTableBorder data-testid="release-files">
          <caption>{t('releases.filesCaption', { number: release.number })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('releases.file')}</Table.Th>
              <Table.Th scope="col">{t('releases.language')}</Table.Th>
              <Table.Th scope="col">{t('releases.size')}</Table.Th>
              <Table.Th scope="col">SHA-256</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {release.files.map((file) => (
              <Table.Tr key={file.name}>
                <Table.Td>
                  <Anchor href={releaseFileUrl(release.id, file.name)} download={file.name}>
                    {file.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {file.locale ? t(`releases.locale.${file.locale}`) : t('releases.allLanguages')}
                </Table.Td>
                <Table.Td>{format.number(file.size)}</Table.Td>
                <Table.Td>
                  <Code>{file.sha256}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {release.corrects ? (
        <ReleaseChangesTable
          testId="release-changes"
          caption={t('releases.changesCaption', {
            number: release.number,
            previous: release.corrects.number,
          })}
          periods={{ current: release.period.label, previous: release.previousPeriod.label }}
          revisions={release.changes.map((c) => ({ ...c, ...c.labels }))}
        />
      ) : null}
    </Stack>
  );
}
