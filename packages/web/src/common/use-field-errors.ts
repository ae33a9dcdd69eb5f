import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';
import { fieldErrorMessage } from './field-error-message.ts';

/**
 * Field messages of a failed request in the user's language, for forms that show them under
 * each field themselves (use-form-errors.ts also makes the summary): fieldErrorMessage's words.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useTranslation();
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    result[field] = fieldErrorMessage(t, message);
  }
  return result;
}
