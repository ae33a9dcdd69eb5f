import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../api/types.ts';

/** The drafted summary: written by the server in the report's language from the tables below. */
export function ReportNarrative({ paragraphs }: { paragraphs: Report['narrative'] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" gap="xs" aria-labelledby="report-summary" data-testid="report-narrative">
      <Title order={2} id="report-summary" style={{ scrollMarginTop: 80 }}>
        {t('statistics.summary')}
      </Title>
      {paragraphs.length ? (
        paragraphs.map((paragraph) => <Text key={paragraph.text}>{paragraph.text}</Text>)
      ) : (
        <Text>{t('statistics.noNarrative')}</Text>
      )}
    </Stack>
  );
}
