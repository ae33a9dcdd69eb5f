import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can, canAny } from '../common/permissions.ts';
import { useAddressState } from '../common/use-address-state.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { type CaseListFilter, useCaseOptions, useCases } from './case-queries.ts';
import { CasesTable } from './cases-table.tsx';
import { OpenCaseForm } from './open-case-form.tsx';

export const casesPageSize = 20;
const thisYear = new Date().getFullYear();
const years = Array.from({ length: thisYear - 2004 }, (_, i) => String(thisYear - i));

/** The address bar holds the filters and the page: a list can be bookmarked and shared. */
const copyParams = (params: URLSearchParams) => new URLSearchParams(params);

function filterOf(params: URLSearchParams): CaseListFilter {
  const year = params.get('year');
  const status = params.get('status');
  const complicity = params.get('complicity');
  return {
    ...(status === 'open' || status === 'final' ? { status } : {}),
    ...(year ? { openedFrom: `${year}-01-01`, openedTo: `${year}-12-31` } : {}),
    ...(params.get('article') ? { legalBasis: params.get('article') ?? '' } : {}),
    ...(complicity === 'true' || complicity === 'false' ? { complicity } : {}),
    limit: casesPageSize,
    offset: Math.max(0, Number(params.get('page') ?? 1) - 1) * casesPageSize,
  };
}

export function CasesPage() {
  const { permissions } = useSession();
  const { t } = useTranslation();
  usePageTitle(t('cases.title'));
  if (!canAny(permissions, ['criminal_case:read', 'criminal_case_complicity:read']))
    return <Text role="alert">{t('errors.forbidden')}</Text>;
  return <Cases />;
}

function Cases() {
  const { t, i18n } = useTranslation();
  const { permissions } = useSession();
  const [params, update] = useAddressState(copyParams, copyParams);
  const filter = filterOf(params);
  const cases = useCases(filter);
  const mayOpen = can(permissions, 'criminal_case:create');
  const options = useCaseOptions(mayOpen);
  // Only the integrity unit is offered the compartment as a filter: nobody else learns of it here.
  const integrity = can(permissions, 'criminal_case_complicity:read');
  const lang = i18n.language as 'en' | 'az' | 'ru';
  const page = Math.floor((filter.offset ?? 0) / casesPageSize) + 1;
  const pages = Math.max(1, Math.ceil((cases.data?.total ?? 0) / casesPageSize));

  const setParam = (key: string, value: string) =>
    update((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('cases.title')}</Title>
      <Text>{t('cases.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="case-filters-title">
        <Title order={2} size="h4" id="case-filters-title" mb="xs">
          {t('cases.filters')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: integrity ? 4 : 3 }} data-testid="case-filters">
          <NativeSelect
            label={t('cases.status')}
            value={params.get('status') ?? ''}
            onChange={(e) => setParam('status', e.currentTarget.value)}
            data={[
              { value: '', label: t('cases.statusAny') },
              { value: 'open', label: t('cases.statusOpen') },
              { value: 'final', label: t('cases.statusFinal') },
            ]}
          />
          <NativeSelect
            label={t('cases.year')}
            value={params.get('year') ?? ''}
            onChange={(e) => setParam('year', e.currentTarget.value)}
            data={[{ value: '', label: t('cases.yearAny') }, ...years]}
          />
          <NativeSelect
            label={t('cases.legalBasis')}
            value={params.get('article') ?? ''}
            onChange={(e) => setParam('article', e.currentTarget.value)}
            data={[
              { value: '', label: t('cases.legalBasisAny') },
              ...(options.data?.articles ?? []).map((a) => ({
                value: a.code,
                label: `${a.code} ${a.title[lang] ?? a.title.en}`,
              })),
            ]}
          />
          {integrity ? (
            <NativeSelect
              label={t('cases.complicity')}
              value={params.get('complicity') ?? ''}
              onChange={(e) => setParam('complicity', e.currentTarget.value)}
              data={[
                { value: '', label: t('cases.complicityAny') },
                { value: 'true', label: t('cases.complicityOnly') },
                { value: 'false', label: t('cases.complicityNone') },
              ]}
            />
          ) : null}
        </SimpleGrid>
      </Paper>
      {cases.isPending ? <PageLoader /> : null}
      <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />
      {cases.data ? (
        <>
          <Text data-testid="cases-total">{t('cases.total', { total: cases.data.total })}</Text>
          {cases.data.cases.length === 0 ? (
            <Text c="dimmed">{t('cases.empty')}</Text>
          ) : (
            <CasesTable cases={cases.data.cases} />
          )}
          {pages > 1 ? (
            <Group component="nav" aria-label={t('cases.pagination')} gap="sm">
              <Button
                variant="default"
                disabled={page <= 1}
                onClick={() => setParam('page', String(page - 1))}
              >
                {t('cases.previous')}
              </Button>
              <Text aria-live="polite">{t('cases.page', { page, pages })}</Text>
              <Button
                variant="default"
                disabled={page >= pages}
                onClick={() => setParam('page', String(page + 1))}
              >
                {t('cases.next')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
      {mayOpen && options.data ? <OpenCaseForm options={options.data} /> : null}
    </Stack>
  );
}
