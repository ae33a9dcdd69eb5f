import { Badge, Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import type { AnswerValue, IndicatorList } from '@opennrm/contracts/screening';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';

interface Props {
  list: IndicatorList;
  locale: Locale;
  answers: Record<string, AnswerValue>;
  onAnswer: (indicator: string, answer: AnswerValue) => void;
  /** The one dimension asked now (the screening goes a dimension at a time); all when absent. */
  dimension?: string;
}

const answerValues: AnswerValue[] = ['yes', 'no', 'unknown'];

/**
 * The list's indicators grouped by dimension. Each indicator is a fieldset of three native radio
 * buttons (its legend is the indicator's text), so Tab moves between indicators and the arrow
 * keys between answers, and a screen reader reads the question with every answer.
 */
export function IndicatorQuestions({ list, locale, answers, onAnswer, dimension: only }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {list.dimensions
        .filter((dimension) => only === undefined || dimension.key === only)
        .map((dimension) => (
          <Fieldset
            key={dimension.key}
            legend={dimension.title[locale]}
            data-testid={`dimension-${dimension.key}`}
          >
            <Stack gap="sm">
              {list.indicators
                .filter((indicator) => indicator.dimension === dimension.key)
                .map((indicator) => {
                  const name = `indicator-${indicator.key}`;
                  return (
                    <fieldset key={indicator.key} className="indicator-question" data-testid={name}>
                      <legend className="indicator-legend">
                        {indicator.strength ? (
                          <Badge
                            component="span"
                            variant="outline"
                            color="gray.8"
                            radius="sm"
                            tt="none"
                            miw={72}
                          >
                            {t(`vocabulary.strengths.${indicator.strength}`)}
                          </Badge>
                        ) : null}
                        <Text component="span" size="sm" fw={500}>
                          {indicator.label[locale]}
                        </Text>
                      </legend>
                      {indicator.provenance?.review && !list.provenance?.verification ? (
                        <Text size="xs" mb={4} data-testid="indicator-review">
                          <strong>{t('provenance.flagged')}:</strong> {indicator.provenance.review[locale]}
                        </Text>
                      ) : null}
                      {indicator.help ? (
                        <Text size="xs" c="dimmed" mb={4}>
                          {indicator.help[locale]}
                        </Text>
                      ) : null}
                      <Group gap="lg">
                        {answerValues.map((value) => (
                          <Radio
                            key={value}
                            name={name}
                            value={value}
                            label={t(`screening.answers.${value}`)}
                            checked={answers[indicator.key] === value}
                            onChange={() => onAnswer(indicator.key, value)}
                          />
                        ))}
                      </Group>
                    </fieldset>
                  );
                })}
            </Stack>
          </Fieldset>
        ))}
    </Stack>
  );
}
