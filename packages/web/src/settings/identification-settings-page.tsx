import { Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentificationSettings } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { countryCodes } from '../persons/country-codes.ts';
import { parseHolidays } from './holidays.ts';
import { SettingsFeedback } from './settings-feedback.tsx';
import { useIdentificationSettings, useUpdateIdentificationSettings } from './settings-queries.ts';

export function IdentificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const settings = useIdentificationSettings();
  return (
    <RequirePermission permission="configuration:update">
      <Stack>
        <Title order={1}>{t('settings.title')}</Title>
        <Text maw={720}>{t('settings.intro')}</Text>
        {settings.isPending ? <PageLoader /> : null}
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        {settings.data ? <SettingsForm initial={settings.data} /> : null}
      </Stack>
    </RequirePermission>
  );
}

type Problem = 'countryCode' | 'firstDecisionWorkingDays' | 'holidays';

/** Country, first-decision deadline in working days, and the holidays that do not count. */
function SettingsForm({ initial }: { initial: IdentificationSettings }) {
  const { t } = useTranslation();
  const update = useUpdateIdentificationSettings();
  const [countryCode, setCountryCode] = useState(initial.countryCode);
  const [days, setDays] = useState(String(initial.firstDecisionWorkingDays));
  const [holidays, setHolidays] = useState(initial.holidays.join('\n'));
  const [problems, setProblems] = useState<Problem[]>([]);
  const feedback = useRef<HTMLDivElement>(null);
  const serverErrors = useFieldErrors(update.error);
  const parsed = parseHolidays(holidays);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = countryCode.trim().toUpperCase();
    const workingDays = Number(days);
    const found: Problem[] = [];
    if (!countryCodes.includes(code)) found.push('countryCode');
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 90)
      found.push('firstDecisionWorkingDays');
    if (parsed.invalid.length > 0 || parsed.dates.length > 100) found.push('holidays');
    setProblems(found);
    const focus = () => requestAnimationFrame(() => feedback.current?.focus());
    if (found.length > 0) return focus();
    update.mutate(
      { countryCode: code, firstDecisionWorkingDays: workingDays, holidays: parsed.dates },
      { onSuccess: (saved) => setHolidays(saved.holidays.join('\n')), onSettled: focus },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="identification-settings-form">
      <Stack maw={640}>
        <SettingsFeedback
          ref={feedback}
          invalid={problems.length > 0}
          error={update.error}
          saved={update.isSuccess}
        />
        <TextInput
          label={t('settings.countryCode')}
          description={t('settings.countryCodeHelp')}
          required
          maxLength={2}
          w={240}
          value={countryCode}
          onChange={(e) => setCountryCode(e.currentTarget.value)}
          error={
            problems.includes('countryCode') ? t('settings.countryCodeInvalid') : serverErrors.countryCode
          }
        />
        <TextInput
          label={t('settings.workingDays')}
          description={t('settings.workingDaysHelp')}
          required
          inputMode="numeric"
          w={240}
          value={days}
          onChange={(e) => setDays(e.currentTarget.value)}
          error={
            problems.includes('firstDecisionWorkingDays')
              ? t('settings.workingDaysInvalid')
              : serverErrors.firstDecisionWorkingDays
          }
        />
        <Textarea
          label={t('settings.holidays')}
          description={t('settings.holidaysHelp', { total: String(parsed.dates.length) })}
          autosize
          minRows={6}
          maxRows={20}
          value={holidays}
          onChange={(e) => setHolidays(e.currentTarget.value)}
          error={
            problems.includes('holidays')
              ? t('settings.holidaysInvalid', { lines: parsed.invalid.join(', ') || '—' })
              : serverErrors.holidays
          }
        />
        <Button type="submit" w="fit-content" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
