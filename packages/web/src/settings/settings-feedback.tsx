import { Alert } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';

/**
 * What a settings form says after Save, in one focusable place the form moves focus to: what to
 * fix, what the server refused, or that it was saved.
 */
export function SettingsFeedback({
  ref,
  invalid,
  error,
  saved,
}: {
  ref: Ref<HTMLDivElement>;
  invalid: boolean;
  error: unknown;
  saved: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1}>
      {invalid ? (
        <Alert color="red" role="alert">
          {t('errors.validation_failed')}
        </Alert>
      ) : null}
      <ErrorAlert error={error} />
      {saved && !invalid ? (
        <Alert color="teal" role="status">
          {t('common.saved')}
        </Alert>
      ) : null}
    </div>
  );
}
