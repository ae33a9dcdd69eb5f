import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const tone: Record<string, string> = { presumed_victim: 'red', not_presumed: 'gray', not_applicable: 'blue' };
const recommendations = ['presumed_victim', 'not_presumed', 'not_applicable'] as const;

interface Props {
  recommendation: string;
  /** Already phrased in the reader's language (describeReason). */
  reasons: string[];
  /** The live box in the form announces changes; a stored one in the history does not. */
  live?: boolean;
  testId?: string;
}

/** The scorer's recommendation and why, in words; colour only repeats what the text says. */
export function ScreeningRecommendation({ recommendation, reasons, live, testId }: Props) {
  const { t } = useTranslation();
  const known = (recommendations as readonly string[]).includes(recommendation);
  const label = known
    ? t(`vocabulary.recommendations.${recommendation as (typeof recommendations)[number]}`)
    : recommendation;
  return (
    <Alert
      color={tone[recommendation] ?? 'gray'}
      variant="light"
      title={t('screening.recommendation', { recommendation: label })}
      data-testid={testId}
      data-recommendation={recommendation}
      aria-live={live ? 'polite' : undefined}
      aria-atomic={live ? true : undefined}
    >
      {reasons.length === 0 ? null : (
        <List size="sm" spacing={2}>
          {reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
      {live ? (
        <Text size="xs" mt="xs">
          {t('screening.recommendationHelp')}
        </Text>
      ) : null}
    </Alert>
  );
}
