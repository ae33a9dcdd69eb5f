import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../common/use-field-errors.ts';

/**
 * The field errors of a protection form in the user's language: a required field left empty is
 * said at the field before anything is sent ("Fill this in."), and the server's refusals by field
 * ('required', 'future'…) are translated the same way, so no English reason reaches an az or ru
 * user at the field it concerns.
 */
export function useRequiredFields(error: unknown) {
  const { t } = useTranslation();
  const server = useFieldErrors(error);
  const [missing, setMissing] = useState<string[]>([]);
  /** Marks the required fields that are empty; true when none is (the form may be sent). */
  const check = (filled: Record<string, boolean>): boolean => {
    const gaps = Object.entries(filled)
      .filter(([, ok]) => !ok)
      .map(([field]) => field);
    setMissing(gaps);
    return gaps.length === 0;
  };
  const errorOf = (field: string): string | undefined =>
    missing.includes(field) ? t('fieldErrors.required') : server[field];
  return { check, errorOf };
}
