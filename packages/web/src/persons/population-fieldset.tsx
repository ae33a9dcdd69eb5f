import { Fieldset, Group, Radio } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Population = 'adult' | 'child';

/** Adult or child at exploitation: it decides which rule scores the answers (means or not). */
export function PopulationFieldset({
  value,
  onChange,
}: {
  value: Population;
  onChange: (value: Population) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <Fieldset legend={t('screening.population')} variant="unstyled">
      <Group gap="lg">
        {(['adult', 'child'] as const).map((option) => (
          <Radio
            key={option}
            name={name}
            value={option}
            label={t(`screening.populations.${option}`)}
            checked={value === option}
            onChange={() => onChange(option)}
          />
        ))}
      </Group>
    </Fieldset>
  );
}
