import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { StatusBadge } from '../common/status-badge.tsx';
import { useFormat } from '../i18n/format.ts';
import { currentLocale } from '../i18n/i18n.ts';
import { useIndicatorLists } from './identification-queries.ts';
import { phraseReasons } from './phrase-reasons.ts';
import { ScreeningAnswers } from './screening-answers.tsx';
import { ScreeningRecommendation } from './screening-recommendation.tsx';

const outcomeTone = { presumed_victim: 'warn', not_presumed: 'off', inconclusive: 'info' } as const;

/** Each screening with the list it was scored by, the recommendation and the screener's outcome. */
export function ScreeningHistory({ file }: { file: PersonFile }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale();
  const lists = useIndicatorLists();
  const titleOf = (key: string) => lists.data?.find((l) => l.key === key)?.title[locale] ?? key;
  const organisationOf = (id: string) => file.organisations.find((o) => o.id === id)?.name ?? '';
  const newestFirst = [...file.screenings].sort((a, b) => b.screenedAt.localeCompare(a.screenedAt));
  const [shown, setShown] = useState<string | null>(null);

  return (
    <Stack gap="md" data-testid="screening-history">
      {newestFirst.map((screening) => (
        <Paper
          key={screening.id}
          withBorder
          p="md"
          component="article"
          aria-labelledby={`screening-${screening.id}`}
        >
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start">
              <Title order={3} size="h5" id={`screening-${screening.id}`}>
                {t('screening.heading', { date: format.date(screening.screenedAt) })}
              </Title>
              <Group gap={6}>
                <Text size="sm">{t('screening.outcome')}:</Text>
                <StatusBadge
                  tone={outcomeTone[screening.outcome]}
                  label={t(`vocabulary.outcomes.${screening.outcome}`)}
                  testId="screening-outcome"
                />
              </Group>
            </Group>
            <Text size="sm">
              {titleOf(screening.listKey)} · {t('screening.version', { version: screening.listVersion })} ·{' '}
              {t('provenance.usedStatus', { status: t(`provenance.status.${screening.listStatus}`) })} ·{' '}
              {t(`screening.populations.${screening.population}`)}
              {organisationOf(screening.organisationId)
                ? ` · ${organisationOf(screening.organisationId)}`
                : ''}
            </Text>
            <ScreeningRecommendation
              recommendation={screening.result.recommendation}
              reasons={phraseReasons(screening.result.reasons, i18n.language)}
            />
            {screening.outcomeReason ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>{t('screening.outcomeReason')}:</strong> {screening.outcomeReason}
              </Text>
            ) : null}
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              aria-expanded={shown === screening.id}
              aria-controls={`screening-answers-${screening.id}`}
              onClick={() => setShown(shown === screening.id ? null : screening.id)}
              data-testid="show-screening-answers"
            >
              {shown === screening.id ? t('screening.hideAnswers') : t('screening.showAnswers')}
            </Button>
            <div id={`screening-answers-${screening.id}`}>
              {shown === screening.id ? <ScreeningAnswers screening={screening} /> : null}
            </div>
            <Text size="xs" c="dimmed">
              {t('screening.recordedAt', { time: format.dateTime(screening.recordedAt) })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
