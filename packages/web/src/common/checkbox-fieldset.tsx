import { Checkbox, Fieldset, SimpleGrid, Text } from '@mantine/core';

interface CheckboxFieldsetProps {
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  disabled?: boolean;
  testId?: string;
  /** Lets an error summary's link move focus to the group. */
  id?: string;
}

/**
 * A multi-choice as a native fieldset of checkboxes: each choice has its own label, the group
 * is named by its legend, and it works with Tab and Space alone.
 */
export function CheckboxFieldset({
  legend,
  options,
  value,
  onChange,
  error,
  disabled,
  testId,
  id,
}: CheckboxFieldsetProps) {
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <Fieldset
      id={id}
      tabIndex={id ? -1 : undefined}
      legend={legend}
      variant="unstyled"
      disabled={disabled}
      data-testid={testId}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            description={option.hint}
            checked={value.includes(option.value)}
            onChange={(e) => toggle(option.value, e.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
      {error ? (
        <Text c="var(--mantine-color-error)" size="sm" mt="xs" role="alert">
          {error}
        </Text>
      ) : null}
    </Fieldset>
  );
}
