import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { ActionPlanDetail } from './prevention-queries.ts';

/**
 * What a coordinator looks for first: activities past their deadline, indicators off target and
 * bodies that owe a progress report. Each is a list of names, never a bare count.
 */
export function PlanOverview({
  detail,
  nameOf,
}: {
  detail: ActionPlanDetail;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const activity = (id: string) => detail.activities.find((a) => a.id === id);
  const indicator = (id: string) => detail.indicators.find((i) => i.id === id);
  const { late, offTarget, notReported } = detail.overview;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Box
        testId="plan-late"
        title={t('actionPlan.late', { total: late.length })}
        empty={t('actionPlan.noneLate')}
      >
        {late.map((id) => {
          const a = activity(id);
          return a ? (
            <List.Item key={id}>
              {a.code} {a.title}: {nameOf(a.responsibleOrganisationId)},{' '}
              {t('actionPlan.dueOn', { date: format.date(a.deadline) })}
            </List.Item>
          ) : null;
        })}
      </Box>
      <Box
        testId="plan-off-target"
        title={t('actionPlan.offTarget', { total: offTarget.length })}
        empty={t('actionPlan.noneOffTarget')}
      >
        {offTarget.map(({ indicatorId, year }) => {
          const i = indicator(indicatorId);
          if (!i) return null;
          const value = i.yearValues[String(year)];
          const target = i.targets[String(year)];
          return (
            <List.Item key={`${indicatorId}-${year}`}>
              {i.name} ({year}):{' '}
              {t('actionPlan.valueAgainstTarget', {
                value: value === null || value === undefined ? '–' : format.number(value),
                target: target === undefined ? '–' : format.number(target),
              })}
            </List.Item>
          );
        })}
      </Box>
      <Box
        testId="plan-not-reported"
        title={t('actionPlan.notReported', { total: notReported.length })}
        empty={t('actionPlan.allReported')}
      >
        {notReported.map((n) => (
          <List.Item key={`${n.organisationId}-${n.year}`}>
            {nameOf(n.organisationId)} ({n.year}):{' '}
            {n.activityIds
              .map((id) => activity(id)?.code)
              .filter(Boolean)
              .join(', ')}
          </List.Item>
        ))}
      </Box>
    </SimpleGrid>
  );
}

function Box(props: { testId: string; title: string; empty: string; children: React.ReactNode[] }) {
  const items = props.children.filter(Boolean);
  return (
    <Paper withBorder p="md" component="section" aria-label={props.title} data-testid={props.testId}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {items.length === 0 ? <Text size="sm">{props.empty}</Text> : <List size="sm">{items}</List>}
      </Stack>
    </Paper>
  );
}
