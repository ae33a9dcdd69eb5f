import { Alert, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../common/error-alert.tsx';

/** A form of its own section, named by its heading, that says plainly when it saved or why not. */
export function FormSection(props: {
  id: string;
  title: string;
  error: unknown;
  savedText: string | null;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" maw={860} component="section" aria-labelledby={`${props.id}-title`}>
      <form onSubmit={props.onSubmit} noValidate data-testid={props.id}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={`${props.id}-title`}>
            {props.title}
          </Title>
          <ErrorAlert error={props.error} />
          {props.savedText ? (
            <Alert color="teal" role="status">
              {props.savedText}
            </Alert>
          ) : null}
          {props.children}
        </Stack>
      </form>
    </Paper>
  );
}

/** "YYYY-MM-DD" of today in the browser's time zone (what a date input shows). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
