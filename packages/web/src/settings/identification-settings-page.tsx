import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentificationSettings } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { countryCodes } from '../persons/country-codes.ts';
import { CountrySelect } from '../persons/country-select.tsx';
import { HolidaysField } from './holidays-field.tsx';
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

/** Country, first-decision deadline in working days, and the holidays that do not count. */
function SettingsForm({ initial }: { initial: IdentificationSettings }) {
  const { t } = useTranslation();
  const update = useUpdateIdentificationSettings();
  const [countryCode, setCountryCode] = useState(initial.countryCode);
  const [days, setDays] = useState(String(initial.firstDecisionWorkingDays));
  const [holidays, setHolidays] = useState<string[]>(initial.holidays);
  const feedback = useRef<HTMLDivElement>(null);
  const code = countryCode.trim().toUpperCase();
  const workingDays = Number(days);
  const form = useFormErrors(update.error, {
    countryCode: {
      label: t('settings.countryCode'),
      value: countryCode,
      required: true,
      problem: countryCodes.includes(code) ? undefined : t('settings.countryCodeInvalid'),
    },
    firstDecisionWorkingDays: {
      label: t('settings.workingDays'),
      value: days,
      required: true,
      problem:
        Number.isInteger(workingDays) && workingDays >= 1 && workingDays <= 90
          ? undefined
          : t('settings.workingDaysInvalid'),
    },
    holidays: { label: t('settings.holidays'), value: holidays },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const focus = () => requestAnimationFrame(() => feedback.current?.focus());
    if (!form.check()) return;
    update.mutate(
      { countryCode: code, firstDecisionWorkingDays: workingDays, holidays },
      { onSuccess: (saved) => setHolidays(saved.holidays), onSettled: focus },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="identification-settings-form">
      <Stack maw={640}>
        <SettingsFeedback
          ref={feedback}
          problems={form.summary}
          attempt={form.tried}
          error={form.explainsServerError ? null : update.error}
          saved={update.isSuccess}
        />
        <CountrySelect {...form.field('countryCode')} value={countryCode} onChange={setCountryCode} />
        <TextInput
          {...form.field('firstDecisionWorkingDays')}
          description={t('settings.workingDaysHelp')}
          inputMode="numeric"
          w={240}
          value={days}
          onChange={(e) => setDays(e.currentTarget.value)}
        />
        <HolidaysField
          value={holidays}
          onChange={setHolidays}
          id={form.field('holidays').id}
          error={form.errorOf('holidays')}
        />
        <Button type="submit" w="fit-content" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
