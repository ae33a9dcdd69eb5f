import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, isApiError } from '../api/api-error.ts';
import { DateInput } from '../common/date-input.tsx';
import { useFormat } from '../i18n/format.ts';
import { localIsoDate } from '../persons/screened-at.ts';

interface Props {
  /** The day it happened, or null: today (the box unticked). */
  value: string | null;
  onChange: (value: string | null) => void;
  checkboxLabel: string;
  dateLabel: string;
  help: string;
  /** The field the server names when it refuses the date ('sentOn', 'happenedOn'). */
  field: string;
  /** The last failed request, to say why its date was refused. */
  error?: unknown;
}

/**
 * "It happened earlier": most referrals are recorded as they happen, so the day is today unless
 * the user says otherwise; then a date input (today by default, nothing later) appears. The
 * referral will show that it was recorded later, and the trail keeps both days.
 */
export function HappenedEarlierField({
  value,
  onChange,
  checkboxLabel,
  dateLabel,
  help,
  field,
  error,
}: Props) {
  const { t } = useTranslation();
  const refused = useDateRefusal(error, field);
  const today = localIsoDate(new Date());
  // Checked here too, so a day in the future is said at once, before anything is sent.
  const local =
    value === '' ? t('referrals.dateInvalid') : value && value > today ? t('referrals.dateFuture') : null;
  return (
    <Stack gap="xs">
      <Checkbox
        label={checkboxLabel}
        checked={value !== null}
        onChange={(e) => onChange(e.currentTarget.checked ? today : null)}
      />
      {value !== null ? (
        <DateInput
          label={dateLabel}
          description={help}
          required
          max={today}
          value={value}
          onChange={(value) => onChange(value)}
          error={local ?? refused}
          w={260}
        />
      ) : null}
    </Stack>
  );
}

/** Why the server refused the day, in the user's language, with the earliest day allowed. */
export function useDateRefusal(error: unknown, field: string): string | undefined {
  const { t } = useTranslation();
  const format = useFormat();
  const code = fieldErrorsOf(error)[field];
  if (!code || !isApiError(error)) return undefined;
  const details = (error.details ?? {}) as { earliest?: string; limit?: string };
  if (code === 'too_early' && details.earliest)
    return t('referrals.dateTooEarly', { date: format.date(details.earliest) });
  if (code === 'before_limit' && details.limit)
    return t('referrals.dateBeforeLimit', { date: format.date(details.limit) });
  if (code === 'future') return t('referrals.dateFuture');
  return t('referrals.dateInvalid');
}
