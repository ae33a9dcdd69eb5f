import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { StatusBadge, type Tone } from '../common/status-badge.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { organisationNames, useOrganisations } from '../organisations/organisation-queries.ts';
import { type RecommendationView, useRecommendations } from './prevention-queries.ts';
import { PreventionTabs } from './prevention-tabs.tsx';
import { RecommendationStatusForm } from './recommendation-status-form.tsx';
import { StatisticEvidence } from './statistic-evidence.tsx';

export function RecommendationsPage() {
  return (
    <RequirePermission permission="recommendation:read">
      <Recommendations />
    </RequirePermission>
  );
}

const tones: Record<RecommendationView['years'][number]['status'], Tone> = {
  not_started: 'bad',
  in_progress: 'warn',
  partly_implemented: 'info',
  implemented: 'ok',
};

/** The recommendations the country must answer, each with where it stands and what shows it. */
function Recommendations() {
  const { t } = useTranslation();
  usePageTitle(t('recommendations.title'));
  const list = useRecommendations();
  const organisations = useOrganisations();
  const names = organisationNames(organisations.data);
  const data = [...(list.data ?? [])].sort(
    (a, b) => b.sourceYear - a.sourceYear || a.source.localeCompare(b.source) || a.number - b.number,
  );
  return (
    <Stack>
      <PreventionTabs />
      <Title order={1}>{t('recommendations.title')}</Title>
      <Text>{t('recommendations.intro')}</Text>
      {list.isPending ? <PageLoader /> : null}
      <ErrorAlert error={list.error} />
      {list.data && data.length === 0 ? <Text>{t('recommendations.none')}</Text> : null}
      <Stack gap="sm" data-testid="recommendations">
        {data.map((r) => (
          <Recommendation key={r.id} r={r} nameOf={(id) => names.get(id) ?? ''} />
        ))}
      </Stack>
      {data.some((r) => r.mayUpdate) ? <RecommendationStatusForm recommendations={data} /> : null}
    </Stack>
  );
}

function Recommendation({ r, nameOf }: { r: RecommendationView; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const years = [...r.years].sort((a, b) => b.year - a.year);
  const latest = years[0];
  return (
    <Paper withBorder p="md" component="article" data-testid="recommendation" aria-labelledby={`rec-${r.id}`}>
      <Stack gap={6}>
        <Title order={2} size="h5" id={`rec-${r.id}`}>
          {t('recommendations.heading', {
            source: t(`preventionVocabulary.recommendationSources.${r.source}`),
            year: r.sourceYear,
            number: r.number,
          })}
        </Title>
        <Text>{r.text}</Text>
        <Text size="sm">
          {t('recommendations.responsible')}: {r.responsibleOrganisationIds.map(nameOf).join(', ') || '–'}
        </Text>
        {years.length === 0 ? <Text size="sm">{t('recommendations.noStatus')}</Text> : null}
        {years.map((y) => (
          <Stack key={y.year} gap={4} data-testid="recommendation-year" data-year={y.year}>
            <Text size="sm" component="div">
              {y.year}:{' '}
              <StatusBadge
                tone={tones[y.status]}
                label={t(`preventionVocabulary.recommendationStatuses.${y.status}`)}
              />
            </Text>
            {y.actions ? <Text size="sm">{y.actions}</Text> : null}
            {y.evidence.length > 0 && y === latest ? (
              <Text size="sm" data-testid="recommendation-evidence">
                {t('recommendations.evidence')}:{' '}
                {y.evidence.map((e, i) => (
                  <span key={JSON.stringify(e)}>
                    {i > 0 ? '; ' : ''}
                    {e.kind === 'document' ? (
                      <Anchor href={e.url} target="_blank" rel="noreferrer" size="sm">
                        {e.label}
                      </Anchor>
                    ) : e.kind === 'statistic' ? (
                      <StatisticEvidence tableKey={e.tableKey} row={e.row ?? null} />
                    ) : (
                      t(`recommendations.recordTypes.${e.recordType}`)
                    )}
                  </span>
                ))}
              </Text>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
