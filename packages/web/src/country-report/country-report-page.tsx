import { Anchor, Group, NumberInput, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Locale } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { isLocale } from '../i18n/i18n.ts';
import { AssessmentPanel } from './assessment-panel.tsx';
import { NarrativePanel } from './narrative-panel.tsx';
import { SubmissionsPanel } from './submissions-panel.tsx';

export function CountryReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('countryReport.title'));
  return (
    <RequirePermission permission="country_report:read">
      <CountryReport />
    </RequirePermission>
  );
}

const tabs = ['submissions', 'narrative', 'assessment'] as const;
type Tab = (typeof tabs)[number];

/**
 * The country's report for a year: the questionnaires filled from the figures, the narrative
 * (drafted, editable), the minimum-standards self-assessment. Year, tab and the document's
 * language stay in the address bar.
 */
function CountryReport() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const tab: Tab = (tabs as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'submissions';
  const ui = isLocale(i18n.language) ? i18n.language : 'en';
  const docLocale: Locale = isLocale(params.get('lang') ?? '') ? (params.get('lang') as Locale) : ui;
  const set = (changes: Record<string, string>) =>
    setParams({ year: String(year), tab, lang: docLocale, ...changes });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('countryReport.title')}</Title>
        <Text maw={760}>{t('countryReport.intro')}</Text>
      </Stack>
      <Group align="end">
        <NumberInput
          label={t('countryReport.year')}
          value={year}
          min={1990}
          max={2100}
          w={160}
          data-testid="country-report-year"
          onChange={(value) => {
            if (typeof value === 'number' && value >= 1990 && value <= 2100) set({ year: String(value) });
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="country-report-language">
            {t('countryReport.documentLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="country-report-language"
            value={docLocale}
            onChange={(value) => set({ lang: value })}
            data={[
              // Each language named in itself, and marked so (a screen reader says it in that language).
              { value: 'en', label: <span lang="en">English</span> },
              { value: 'az', label: <span lang="az">Azərbaycanca</span> },
              { value: 'ru', label: <span lang="ru">Русский</span> },
            ]}
          />
        </Stack>
      </Group>
      <Tabs value={tab} onChange={(value) => value && set({ tab: value })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="submissions" data-testid="tab-submissions">
            {t('countryReport.tabs.submissions')}
          </Tabs.Tab>
          <Tabs.Tab value="narrative" data-testid="tab-narrative">
            {t('countryReport.tabs.narrative')}
          </Tabs.Tab>
          <Tabs.Tab value="assessment" data-testid="tab-assessment">
            {t('countryReport.tabs.assessment')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="submissions" pt="md">
          <SubmissionsPanel year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="narrative" pt="md">
          <NarrativePanel year={year} locale={docLocale} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <AssessmentPanel year={year} locale={docLocale} />
        </Tabs.Panel>
      </Tabs>
      <Anchor href="/statistics" size="sm">
        {t('countryReport.toAnnualReport')}
      </Anchor>
    </Stack>
  );
}
