import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlertDetail } from '../api/types.ts';
import { useFormat } from '../i18n/format.ts';
import { FactList } from '../persons/fact-list.tsx';
import { useOrganisationLabel } from './use-organisation-label.ts';

/** Who alerted whom about what, and the sealed details: this page is the only place they show. */
export function AlertDetails({ alert }: { alert: AlertDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useOrganisationLabel();
  const rows: [string, string][] = [
    [t('alert.from'), names.label(alert.fromOrganisationId)],
    [t('alert.to'), names.label(alert.toOrganisationId)],
    [t('alerts.subject'), t(`alertVocabulary.subjects.${alert.subject}`)],
    [t('alert.createdAt'), format.dateTime(alert.createdAt)],
    [t('alert.updatedAt'), format.dateTime(alert.updatedAt)],
  ];

  return (
    <section aria-labelledby="alert-details-title">
      <Stack gap="xs" maw={760}>
        <Title order={2} size="h3" id="alert-details-title">
          {t('alert.details')}
        </Title>
        <FactList facts={rows} testId="alert-facts" />
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="alert-details">
          {alert.details}
        </Text>
      </Stack>
    </section>
  );
}
