import { Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorListSummary, Locale } from '../api/types.ts';
import { StatusBadge, type Tone } from '../common/status-badge.tsx';
import { useFormat } from '../i18n/format.ts';

type Status = IndicatorListSummary['status'];
const tones: Record<Status, Tone> = { verified: 'ok', derived: 'warn', unverified: 'warn' };

/** The status as a badge that always says it in words (derived and unverified look alike on purpose). */
export function ListStatusBadge({ status, testId }: { status: Status; testId?: string }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tones[status]} label={t(`provenance.status.${status}`)} testId={testId} />;
}

interface Props {
  list: Pick<IndicatorListSummary, 'status' | 'provenance' | 'underReview'>;
  /** The other lists, to name the one a derived list comes from by its title. */
  titleOf: (key: string) => string;
  locale: Locale;
  testId?: string;
}

/**
 * What is known of a list, plainly: its status, what it was derived from, its source and page,
 * who verified it against what, the note, and how many items are flagged for review. Shown on
 * the administrator's page and above the screening form, so nobody relies on a list unawares.
 */
export function ListProvenance({ list, titleOf, locale, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { provenance, status } = list;
  const source = provenance?.source;
  const verification = provenance?.verification;
  const from = provenance?.derivedFrom;
  return (
    <Stack gap={4} data-testid={testId}>
      <Group gap="xs">
        <ListStatusBadge status={status} />
      </Group>
      <Text size="sm">
        {status === 'derived'
          ? t('provenance.explain.derived', { from: from ? titleOf(from) : '?' })
          : t(`provenance.explain.${status}`)}
      </Text>
      <Text size="sm">
        {source
          ? t('provenance.source', {
              publication: source.publication,
              page: source.page ? t('provenance.page', { page: source.page }) : t('provenance.noPage'),
            })
          : t('provenance.noSource')}
      </Text>
      {verification ? (
        <Text size="sm">
          {t('provenance.verifiedBy', {
            name: verification.byName,
            date: format.date(verification.at),
            document: verification.page
              ? `${verification.document}, ${verification.page}`
              : verification.document,
          })}
        </Text>
      ) : null}
      {provenance?.note ? (
        <Text size="sm" c="dimmed">
          {provenance.note[locale]}
        </Text>
      ) : null}
      {list.underReview.length > 0 ? (
        <List size="sm">
          <List.Item>{t('provenance.underReview', { count: list.underReview.length })}</List.Item>
        </List>
      ) : null}
    </Stack>
  );
}
