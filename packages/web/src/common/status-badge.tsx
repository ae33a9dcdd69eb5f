import { Badge } from '@mantine/core';

export type Tone = 'ok' | 'off' | 'warn' | 'bad' | 'info';

// Filled badges on the darkest shades: white text stays above 5:1 on every one of them.
const colours: Record<Tone, string> = {
  ok: 'teal.9',
  off: 'gray.7',
  warn: '#8a3a0a',
  bad: 'red.9',
  info: 'blue.9',
};

/** Status as a coloured badge that always carries its meaning in text, never colour alone. */
export function StatusBadge({ tone, label, testId }: { tone: Tone; label: string; testId?: string }) {
  return (
    <Badge
      color={colours[tone]}
      variant="filled"
      radius="sm"
      tt="none"
      data-testid={testId}
      // Never truncated to "Дей…" in a narrow table column: the text is the meaning.
      styles={{ root: { maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {label}
    </Badge>
  );
}
