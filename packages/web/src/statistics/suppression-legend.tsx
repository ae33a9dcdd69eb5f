import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyMarker, suppressedMarker } from './figure-text.ts';

/** What the signs in a published table mean; shown above the tables of the published view. */
export function SuppressionLegend({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="suppression-legend">
      <Text fw={600} mb={4}>
        {t('statistics.legendTitle')}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>{t('statistics.legendSuppressed', { marker: suppressedMarker, threshold })}</List.Item>
        <List.Item>{t('statistics.legendEmpty', { marker: emptyMarker })}</List.Item>
      </List>
    </Paper>
  );
}
