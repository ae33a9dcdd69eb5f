import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Back and Next under the questions of one dimension. */
export function StepButtons({
  step,
  steps,
  onStep,
}: {
  step: number;
  steps: number;
  onStep: (step: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Button variant="default" disabled={step === 0} onClick={() => onStep(step - 1)}>
        {t('screening.previous')}
      </Button>
      {step < steps - 1 ? (
        <Button variant="light" onClick={() => onStep(step + 1)} data-testid="screening-next">
          {t('screening.next')}
        </Button>
      ) : null}
    </Group>
  );
}
