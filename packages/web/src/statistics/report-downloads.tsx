import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportQuery } from '../api/types.ts';
import { reportFileUrl } from './statistics-queries.ts';

/** The same report as files: plain links, so the browser downloads them with the session. */
export function ReportDownloads({ query }: { query: ReportQuery }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="group" aria-label={t('statistics.downloads')}>
      <Button
        component="a"
        href={reportFileUrl('xlsx', query)}
        download
        variant="outline"
        data-testid="download-xlsx"
      >
        {t('statistics.downloadXlsx')}
      </Button>
      <Button
        component="a"
        href={reportFileUrl('pdf', query)}
        download
        variant="outline"
        data-testid="download-pdf"
      >
        {t('statistics.downloadPdf')}
      </Button>
    </Group>
  );
}
