import { Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsSettings } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
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

type Problem = 'suppressionThreshold' | 'exportK' | 'timeZone';

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
  const [problems, setProblems] = useState<Problem[]>([]);
  const feedback = useRef<HTMLDivElement>(null);
  const serverErrors = useFieldErrors(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = {
      suppressionThreshold: parseWhole(threshold, bounds.suppressionThreshold),
      exportK: parseWhole(exportK, bounds.exportK),
    };
    const found: Problem[] = [];
    if (values.suppressionThreshold === null) found.push('suppressionThreshold');
    if (values.exportK === null) found.push('exportK');
    if (!isTimeZone(timeZone)) found.push('timeZone');
    setProblems(found);
    const focus = () => requestAnimationFrame(() => feedback.current?.focus());
    if (values.suppressionThreshold === null || values.exportK === null || found.length > 0) return focus();
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

  const errorOf = (problem: Problem, message: string) =>
    problems.includes(problem) ? message : serverErrors[problem];

  return (
    <form onSubmit={submit} noValidate data-testid="statistics-settings-form">
      <Stack maw={640}>
        <SettingsFeedback
          ref={feedback}
          invalid={problems.length > 0}
          error={update.error}
          saved={update.isSuccess}
        />
        <TextInput
          label={t('statisticsSettings.threshold')}
          description={t('statisticsSettings.thresholdHelp')}
          required
          inputMode="numeric"
          w={320}
          value={threshold}
          onChange={(e) => setThreshold(e.currentTarget.value)}
          error={errorOf('suppressionThreshold', t('statisticsSettings.thresholdInvalid'))}
        />
        <TextInput
          label={t('statisticsSettings.exportK')}
          description={t('statisticsSettings.exportKHelp')}
          required
          inputMode="numeric"
          w={320}
          value={exportK}
          onChange={(e) => setExportK(e.currentTarget.value)}
          error={errorOf('exportK', t('statisticsSettings.exportKInvalid'))}
        />
        <Select
          label={t('statisticsSettings.yearStart')}
          description={t('statisticsSettings.yearStartHelp')}
          required
          allowDeselect={false}
          w={320}
          data={months.map((m, i) => ({
            value: String(i + 1),
            label: t(`statisticsSettings.yearStarts.${m}`),
          }))}
          value={startMonth}
          onChange={(value) => setStartMonth(value ?? '1')}
          error={serverErrors.yearStartMonth}
        />
        <TextInput
          label={t('statisticsSettings.timeZone')}
          description={t('statisticsSettings.timeZoneHelp')}
          required
          w={320}
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
          error={errorOf('timeZone', t('statisticsSettings.timeZoneInvalid'))}
        />
        <Select
          label={t('statisticsSettings.englishSpelling')}
          description={t('statisticsSettings.englishSpellingHelp')}
          required
          allowDeselect={false}
          w={320}
          data={(['british', 'american'] as const).map((value) => ({
            value,
            label: t(`statisticsSettings.englishSpellings.${value}`),
          }))}
          value={spelling}
          onChange={(value) => setSpelling(value === 'american' ? 'american' : 'british')}
          error={serverErrors.englishSpelling}
        />
        <Button type="submit" w="fit-content" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
