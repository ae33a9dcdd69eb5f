import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';

const fieldCodes = [
  'required',
  'invalid',
  'unknown',
  'future',
  'before_start',
  'out_of_range',
  'mismatch',
] as const;
type FieldCode = (typeof fieldCodes)[number];

/**
 * Field messages of a failed request in the user's language. The domain answers with codes
 * ('required', 'future'…) that are translated here; any other text is shown as the server sent it.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useTranslation();
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    result[field] = (fieldCodes as readonly string[]).includes(message)
      ? t(`fieldErrors.${message as FieldCode}`)
      : message;
  }
  return result;
}
