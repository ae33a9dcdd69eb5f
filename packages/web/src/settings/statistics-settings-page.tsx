import { Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsSettings } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { SettingsFeedback } from './settings-feedback.tsx';
import { useStatisticsSettings, useUpdateStatisticsSettings } from './statistics-settings-queries.ts';

export function StatisticsSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statisticsSettings.title'));
  const settings = useStatisticsSettings();
  return (
    <RequirePermission permission="configuration:update">
      <Stack>
        <Title order={1}>{t('statisticsSettings.title')}</Title>
        <Text maw={720}>{t('statisticsSettings.intro')}</Text>
        {settings.isPending ? <PageLoader /> : null}
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        {settings.data ? <StatisticsSettingsForm initial={settings.data} /> : null}
      </Stack>
    </RequirePermission>
  );
}

/** The same bounds as the contract (StatisticsSettings), so the form refuses before sending. */
const bounds: Record<'suppressionThreshold' | 'exportK', { min: number; max: number }> = {
  suppressionThreshold: { min: 2, max: 50 },
  exportK: { min: 2, max: 100 },
};

function parseWhole(text: string, { min, max }: { min: number; max: number }): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** The browser knows the same IANA names as the server (both ask Intl). */
function isTimeZone(name: string): boolean {
  try {
    return name.trim() !== '' && Boolean(new Intl.DateTimeFormat('en', { timeZone: name.trim() }));
  } catch {
    return false;
  }
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * Publication settings of the annual report: suppression threshold, the CTDC export's k, and the
 * reporting year (its first month and the country's time zone), and the spelling of English reports.
 */
function StatisticsSettingsForm({ initial }: { initial: StatisticsSettings }) {
  const { t } = useTranslation();
  const update = useUpdateStatisticsSettings();
  const [threshold, setThreshold] = useState(String(initial.suppressionThreshold));
  const [exportK, setExportK] = useState(String(initial.exportK));
  const [startMonth, setStartMonth] = useState(String(initial.yearStartMonth));
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [spelling, setSpelling] = useState<StatisticsSettings['englishSpelling']>(initial.englishSpelling);
  const feedback = useRef<HTMLDivElement>(null);
  const values = {
    suppressionThreshold: parseWhole(threshold, bounds.suppressionThreshold),
    exportK: parseWhole(exportK, bounds.exportK),
  };
  const form = useFormErrors(update.error, {
    suppressionThreshold: {
      label: t('statisticsSettings.threshold'),
      value: threshold,
      required: true,
      problem: values.suppressionThreshold === null ? t('statisticsSettings.thresholdInvalid') : undefined,
    },
    exportK: {
      label: t('statisticsSettings.exportK'),
      value: exportK,
      required: true,
      problem: values.exportK === null ? t('statisticsSettings.exportKInvalid') : undefined,
    },
    yearStartMonth: { label: t('statisticsSettings.yearStart'), value: startMonth, required: true },
    timeZone: {
      label: t('statisticsSettings.timeZone'),
      value: timeZone,
      required: true,
      problem: isTimeZone(timeZone) ? undefined : t('statisticsSettings.timeZoneInvalid'),
    },
    englishSpelling: { label: t('statisticsSettings.englishSpelling'), value: spelling, required: true },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const focus = () => requestAnimationFrame(() => feedback.current?.focus());
    if (!form.check() || values.suppressionThreshold === null || values.exportK === null) return;
    update.mutate(
      {
        suppressionThreshold: values.suppressionThreshold,
        exportK: values.exportK,
        yearStartMonth: Number(startMonth),
        timeZone: timeZone.trim(),
        englishSpelling: spelling,
      },
      { onSettled: focus },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="statistics-settings-form">
      <Stack maw={640}>
        <SettingsFeedback
          ref={feedback}
          problems={form.summary}
          attempt={form.tried}
          error={form.explainsServerError ? null : update.error}
          saved={update.isSuccess}
        />
        <TextInput
          {...form.field('suppressionThreshold')}
          description={t('statisticsSettings.thresholdHelp')}
          inputMode="numeric"
          w={320}
          value={threshold}
          onChange={(e) => setThreshold(e.currentTarget.value)}
        />
        <TextInput
          {...form.field('exportK')}
          description={t('statisticsSettings.exportKHelp')}
          inputMode="numeric"
          w={320}
          value={exportK}
          onChange={(e) => setExportK(e.currentTarget.value)}
        />
        <Select
          {...form.field('yearStartMonth')}
          description={t('statisticsSettings.yearStartHelp')}
          allowDeselect={false}
          w={320}
          data={months.map((m, i) => ({
            value: String(i + 1),
            label: t(`statisticsSettings.yearStarts.${m}`),
          }))}
          value={startMonth}
          onChange={(value) => setStartMonth(value ?? '1')}
        />
        <TextInput
          {...form.field('timeZone')}
          description={t('statisticsSettings.timeZoneHelp')}
          w={320}
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
        />
        <Select
          {...form.field('englishSpelling')}
          description={t('statisticsSettings.englishSpellingHelp')}
          allowDeselect={false}
          w={320}
          data={(['british', 'american'] as const).map((value) => ({
            value,
            label: t(`statisticsSettings.englishSpellings.${value}`),
          }))}
          value={spelling}
          onChange={(value) => setSpelling(value === 'american' ? 'american' : 'british')}
        />
        <Button type="submit" w="fit-content" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
