import { ErrorAlert } from './error-alert.tsx';
import { ErrorSummary } from './error-summary.tsx';
import type { FormErrors } from './use-form-errors.ts';

/**
 * What a form says at its top after a try: the error summary (a link per field still wrong), or,
 * for a refusal that concerns no field (a conflict, a permission), the general alert.
 */
export function FormErrorsAtTop({ form, error }: { form: FormErrors; error: unknown }) {
  return (
    <>
      <ErrorSummary items={form.summary} attempt={form.tried} note={form.serverMessage} />
      {error && !form.explainsServerError ? <ErrorAlert error={error} /> : null}
    </>
  );
}
