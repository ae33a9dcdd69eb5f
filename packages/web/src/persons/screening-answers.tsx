import { Stack, Table, Text, Title } from '@mantine/core';
import type { AnswerValue, IndicatorList } from '@opennrm/contracts/screening';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { currentLocale } from '../i18n/i18n.ts';
import { useIndicatorList } from './identification-queries.ts';

type Screening = PersonFile['screenings'][number];

/**
 * What was answered in a recorded screening, by dimension, in the words of the list version it
 * used (not today's version, whose questions may differ). Questions left unanswered are counted.
 */
export function ScreeningAnswers({ screening }: { screening: Screening }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useIndicatorList(screening.listKey, screening.listVersion);
  if (list.isPending) return <PageLoader />;
  if (list.error) return <ErrorAlert error={list.error} />;
  const data = list.data as IndicatorList;
  const given = new Map(screening.answers.map((a) => [a.indicator, a.answer as AnswerValue]));
  return (
    <Stack gap="sm" data-testid="screening-answers">
      {data.dimensions.map((dimension) => {
        const indicators = data.indicators.filter((i) => i.dimension === dimension.key);
        const answered = indicators.filter((i) => given.has(i.key));
        return (
          <section key={dimension.key} aria-labelledby={`answers-${screening.id}-${dimension.key}`}>
            <Title order={4} size="h6" id={`answers-${screening.id}-${dimension.key}`}>
              {dimension.title[locale]}
            </Title>
            {answered.length > 0 ? (
              <Table withRowBorders={false} verticalSpacing={2}>
                <Table.Tbody>
                  {answered.map((indicator) => (
                    <Table.Tr key={indicator.key}>
                      <Table.Td>{indicator.label[locale]}</Table.Td>
                      <Table.Td fw={600} w={120}>
                        {t(`screening.answers.${given.get(indicator.key) ?? 'unknown'}`)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('screening.unanswered', { count: indicators.length - answered.length })}
            </Text>
          </section>
        );
      })}
    </Stack>
  );
}
