import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, isApiError } from '../api/api-error.ts';
import type { SummaryItem } from './error-summary.tsx';
import { fieldErrorMessage } from './field-error-message.ts';

/** A field of a form as its error summary and its own message name it. */
export interface FormField {
  /** The input's id, when the form sets its own; otherwise field() gives one. */
  id?: string;
  /** The field's label, as shown above it. */
  label: string;
  /** What it holds now (a string, a list…): empty counts as missing when required. */
  value?: unknown;
  required?: boolean;
  /** Said instead of "Fill in “label”." when the field is a choice ("Choose at least one role."). */
  requiredMessage?: string;
  /**
   * What is wrong with the value as it is now (out of range, not a time zone), from the form's own
   * check; undefined when it is right. Said after a try, like an empty required field.
   */
  problem?: string;
}

const isEmpty = (value: unknown) =>
  value == null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One way for every form to say what stops it: after the first try, each required field left
 * empty says so by name ("Fill in “Date admitted”."), and each field the server refused says why
 * in the user's language, for as long as it still holds what was sent. The same messages make the
 * error summary at the top (a link per field, in the form's order), so fixing a field takes it
 * off the summary at once. `check()` on submit says whether the form may be sent.
 */
export function useFormErrors(error: unknown, fields: Record<string, FormField>) {
  const { t } = useTranslation();
  const prefix = `form${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const idOf = (name: string) => fields[name]?.id ?? `${prefix}-${name}`;
  const [tried, setTried] = useState(0);
  // Empty required fields are pointed out after a try that stopped on them, until the next try
  // that passes: a form emptied after it was saved does not greet the next entry with errors.
  const [stopped, setStopped] = useState(false);
  const [sent, setSent] = useState<Record<string, unknown>>({});
  const server = fieldErrorsOf(error);

  const messageOf = (name: string): string | undefined => {
    const field = fields[name];
    if (!field) return undefined;
    if (stopped && field.required && isEmpty(field.value))
      return field.requiredMessage ?? t('fieldErrors.requiredNamed', { field: field.label });
    if (stopped && field.problem) return field.problem;
    const said = server[name];
    if (said === undefined || ('value' in field && !sameValue(field.value, sent[name]))) return undefined;
    return fieldErrorMessage(t, said, field.label);
  };

  const summary: SummaryItem[] = Object.entries(fields).flatMap(([name, field]) => {
    const message = messageOf(name);
    return message ? [{ fieldId: idOf(name), label: field.label, message }] : [];
  });

  /** Call on submit: true when nothing required is empty and nothing is wrong (the form may be sent). */
  const check = (): boolean => {
    setTried((n) => n + 1);
    setSent(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.value])));
    const complete = !Object.values(fields).some(
      (field) => (field.required && isEmpty(field.value)) || field.problem !== undefined,
    );
    setStopped(!complete);
    return complete;
  };

  /** Whether the server's refusal is said field by field here (no general alert needed). */
  const explainsServerError = Object.keys(server).some((name) => name in fields);
  /** The server's own words for the refusal, said under the summary (the why behind a field). */
  const serverMessage =
    explainsServerError && isApiError(error) && error.code !== 'network' ? error.message : '';

  /** What an input spreads: its id (the summary's link target), label, required mark and message. */
  const field = (name: string) => ({
    id: idOf(name),
    label: fields[name]?.label ?? '',
    required: fields[name]?.required ?? false,
    error: messageOf(name),
  });

  return { check, errorOf: messageOf, field, summary, tried, explainsServerError, serverMessage };
}

export type FormErrors = ReturnType<typeof useFormErrors>;
