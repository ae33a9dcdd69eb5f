import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label-value pairs as a description list: screen readers announce each value with its label. */
export function FactList({ facts, testId }: { facts: [string, ReactNode][]; testId?: string }) {
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="xs"
      verticalSpacing="xs"
      m={0}
      data-testid={testId}
    >
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" fw={600}>
            {label}
          </Text>
          <Text component="dd" m={0} size="sm">
            {value === '' || value === null || value === undefined ? '—' : value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
