import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { StatusBadge, type Tone } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { organisationNames, useOrganisations } from '../organisations/organisation-queries.ts';
import { PlanIndicators } from './plan-indicators.tsx';
import { PlanOverview } from './plan-overview.tsx';
import { PlanProgressForm } from './plan-progress-form.tsx';
import { type ActionPlanDetail, useActionPlan, useActionPlans } from './prevention-queries.ts';
import { PreventionTabs } from './prevention-tabs.tsx';

export function ActionPlanPage() {
  return (
    <RequirePermission permission="action_plan:read">
      <ActionPlan />
    </RequirePermission>
  );
}

const standingTone: Record<'done' | 'late' | 'on_time', Tone> = { done: 'ok', late: 'bad', on_time: 'info' };

/** The national action plan as the coordinator and the responsible bodies follow it. */
function ActionPlan() {
  const { t } = useTranslation();
  usePageTitle(t('actionPlan.title'));
  const plans = useActionPlans();
  const [chosen, setChosen] = useState('');
  const planId = chosen || plans.data?.[0]?.id;
  const detail = useActionPlan(planId);
  const organisations = useOrganisations();
  const names = organisationNames(organisations.data);
  const nameOf = (id: string) => names.get(id) ?? '';
  return (
    <Stack>
      <PreventionTabs />
      <Title order={1}>{t('actionPlan.title')}</Title>
      {plans.isPending ? <PageLoader /> : null}
      <ErrorAlert error={plans.error ?? detail.error} />
      {plans.data && plans.data.length === 0 ? <Text>{t('actionPlan.noPlan')}</Text> : null}
      {plans.data && plans.data.length > 1 ? (
        <NativeSelect
          label={t('actionPlan.choosePlan')}
          maw={560}
          value={planId}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={plans.data.map((p) => ({ value: p.id, label: p.title }))}
        />
      ) : null}
      {detail.data ? <Plan detail={detail.data} nameOf={nameOf} /> : null}
    </Stack>
  );
}

function Plan({ detail, nameOf }: { detail: ActionPlanDetail; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { plan } = detail;
  const latestReport = (activityId: string) =>
    detail.reports.filter((r) => r.activityId === activityId).sort((a, b) => b.year - a.year)[0];
  return (
    <Stack>
      <div>
        <Title order={2} size="h2" data-testid="plan-title">
          {plan.title}
        </Title>
        <Text>
          {t('actionPlan.period', { from: plan.startYear, to: plan.endYear })}
          {plan.adoptedOn ? ` · ${t('actionPlan.adoptedOn', { date: format.date(plan.adoptedOn) })}` : ''}
        </Text>
      </div>
      <PlanOverview detail={detail} nameOf={nameOf} />
      <Title order={2} size="h3">
        {t('actionPlan.activities')}
      </Title>
      <TableScroll label={t('actionPlan.activitiesCaption')}>
        <Table striped verticalSpacing="xs" data-testid="plan-activities">
          <Table.Caption>{t('actionPlan.activitiesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('actionPlan.activity')}</Table.Th>
              <Table.Th scope="col">{t('actionPlan.responsible')}</Table.Th>
              <Table.Th scope="col">{t('actionPlan.deadline')}</Table.Th>
              <Table.Th scope="col">{t('actionPlan.standing')}</Table.Th>
              <Table.Th scope="col">{t('actionPlan.latestReport')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.objectives.flatMap((o) => [
              <Table.Tr key={o.id}>
                <Table.Th scope="rowgroup" colSpan={5}>
                  {o.code} {o.title}
                </Table.Th>
              </Table.Tr>,
              ...detail.activities
                .filter((a) => a.objectiveId === o.id)
                .map((a) => {
                  const report = latestReport(a.id);
                  return (
                    <Table.Tr key={a.id} data-testid="plan-activity" data-code={a.code}>
                      <Table.Th scope="row">
                        {a.code} {a.title}
                      </Table.Th>
                      <Table.Td>{nameOf(a.responsibleOrganisationId)}</Table.Td>
                      <Table.Td>{format.date(a.deadline)}</Table.Td>
                      <Table.Td>
                        <StatusBadge
                          tone={standingTone[a.standing]}
                          label={t(`actionPlan.standings.${a.standing}`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        {report
                          ? `${report.year}: ${t(`preventionVocabulary.progress.${report.status}`)}${report.narrative ? ` – ${report.narrative}` : ''}`
                          : t('actionPlan.noReport')}
                      </Table.Td>
                    </Table.Tr>
                  );
                }),
            ])}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <PlanIndicators detail={detail} />
      {detail.evaluations.length > 0 ? (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('actionPlan.evaluations')}
          </Title>
          {detail.evaluations.map((e) => (
            <Text key={e.id} data-testid="plan-evaluation">
              {t(`preventionVocabulary.evaluationKinds.${e.kind}`)}, {e.evaluator},{' '}
              {format.date(e.completedOn)}: {e.findings}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text>{t('actionPlan.noEvaluation')}</Text>
      )}
      <PlanProgressForm key={detail.plan.id} detail={detail} />
    </Stack>
  );
}
