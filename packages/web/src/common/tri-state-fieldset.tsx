import { Fieldset, Group, Radio } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type TriState = 'yes' | 'no' | '';

interface Props {
  legend: string;
  value: TriState;
  onChange: (value: TriState) => void;
  disabled?: boolean;
}

/**
 * Yes / No / Not known as native radio buttons in a fieldset: the legend names the question,
 * the arrow keys move between answers, and "not known" is a real answer rather than a blank.
 */
export function TriStateFieldset({ legend, value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const options: { value: TriState; label: string }[] = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
    { value: '', label: t('common.unknown') },
  ];
  return (
    <Fieldset legend={legend} variant="unstyled" disabled={disabled}>
      <Group gap="lg">
        {options.map((option) => (
          <Radio
            key={option.value || 'unknown'}
            name={name}
            value={option.value}
            label={option.label}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
        ))}
      </Group>
    </Fieldset>
  );
}
