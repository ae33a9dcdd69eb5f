import { Alert } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ErrorSummary, type SummaryItem } from '../common/error-summary.tsx';

/**
 * What a settings form says after Save, in one focusable place the form moves focus to: the
 * fields to fix (the error summary, a link each), what the server refused, or that it was saved.
 */
export function SettingsFeedback({
  ref,
  problems,
  attempt,
  error,
  saved,
}: {
  ref: Ref<HTMLDivElement>;
  problems: SummaryItem[];
  attempt: number;
  error: unknown;
  saved: boolean;
}) {
  const { t } = useTranslation();
  const invalid = problems.length > 0;
  return (
    <div ref={ref} tabIndex={-1}>
      <ErrorSummary items={problems} attempt={attempt} />
      <ErrorAlert error={error} />
      {saved && !invalid ? (
        <Alert color="teal" role="status">
          {t('common.saved')}
        </Alert>
      ) : null}
    </div>
  );
}
