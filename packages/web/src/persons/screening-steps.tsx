import { Group, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import type { AnswerValue, IndicatorList } from '@opennrm/contracts/screening';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';

interface Props {
  list: IndicatorList;
  locale: Locale;
  answers: Record<string, AnswerValue>;
  step: number;
  onStep: (step: number) => void;
}

/**
 * Where the screener is: one step per dimension, each with how many of its questions are answered,
 * any step reachable directly (an interview does not follow the list's order), and the overall
 * progress. The buttons are real buttons so a keyboard reaches each step.
 */
export function ScreeningSteps({ list, locale, answers, step, onStep }: Props) {
  const { t } = useTranslation();
  const counts = list.dimensions.map((dimension) => {
    const keys = list.indicators.filter((i) => i.dimension === dimension.key).map((i) => i.key);
    return { total: keys.length, answered: keys.filter((key) => answers[key] !== undefined).length };
  });
  const total = counts.reduce((sum, c) => sum + c.total, 0);
  const answered = counts.reduce((sum, c) => sum + c.answered, 0);
  return (
    <Stack gap="xs" component="nav" aria-label={t('screening.steps')} data-testid="screening-steps">
      <Text size="sm" data-testid="screening-progress">
        {t('screening.progress', { step: step + 1, steps: list.dimensions.length, answered, total })}
      </Text>
      <Progress value={total === 0 ? 0 : (answered / total) * 100} aria-hidden size="sm" />
      <Group gap={6} wrap="wrap">
        {list.dimensions.map((dimension, index) => (
          <UnstyledButton
            key={dimension.key}
            className="screening-step"
            data-active={index === step || undefined}
            aria-current={index === step ? 'step' : undefined}
            onClick={() => onStep(index)}
            data-testid={`step-${dimension.key}`}
          >
            {dimension.title[locale]} ({counts[index]?.answered ?? 0}/{counts[index]?.total ?? 0})
          </UnstyledButton>
        ))}
      </Group>
    </Stack>
  );
}
