import { Alert, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../common/error-alert.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import type { FormErrors } from '../common/use-form-errors.ts';

/** A form of its own section, named by its heading, that says plainly when it saved or why not. */
export function FormSection(props: {
  id: string;
  title: string;
  error: unknown;
  /** The form's field errors: then the summary at the top names each field still wrong. */
  form?: FormErrors;
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
          {props.form ? (
            <FormErrorsAtTop form={props.form} error={props.error} />
          ) : (
            <ErrorAlert error={props.error} />
          )}
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
