import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  legend: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  empty: () => T;
  max: number;
  addLabel: string;
  /** Names the row it removes, e.g. "Remove document 2". */
  removeLabel: (n: number) => string;
  /** The inputs of one row; `n` (1-based) goes into their labels so each is told apart. */
  renderRow: (row: T, set: (row: T) => void, n: number) => ReactNode;
}

/**
 * A repeatable group (documents, contacts, addresses): each row with its own labelled inputs
 * and a remove button that says which row it removes.
 */
export function IdentityRows<T>({
  legend,
  rows,
  onChange,
  empty,
  max,
  addLabel,
  removeLabel,
  renderRow,
}: Props<T>) {
  const { t } = useTranslation();
  const replace = (index: number, row: T) => onChange(rows.map((r, i) => (i === index ? row : r)));
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="xs">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('common.none')}
          </Text>
        ) : null}
        {rows.map((row, index) => (
          // Rows have no identity of their own; their position is what the user sees.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-end" gap="xs" wrap="wrap">
            {renderRow(row, (next) => replace(index, next), index + 1)}
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              mb={6}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {removeLabel(index + 1)}
            </Button>
          </Group>
        ))}
        {rows.length < max ? (
          <Button variant="outline" size="xs" w="fit-content" onClick={() => onChange([...rows, empty()])}>
            {addLabel}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
