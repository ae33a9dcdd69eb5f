import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import type { ActionPlanDetail } from './prevention-queries.ts';

/**
 * Indicators against their yearly targets. A computed one is read from the statistics now, so
 * it moves when the records change; an entered one shows what its body entered.
 */
export function PlanIndicators({ detail }: { detail: ActionPlanDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const years = Array.from(
    { length: detail.plan.endYear - detail.plan.startYear + 1 },
    (_, i) => detail.plan.startYear + i,
  );
  if (detail.indicators.length === 0)
    return <Text data-testid="plan-no-indicators">{t('actionPlan.noIndicators')}</Text>;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('actionPlan.indicators')}
      </Title>
      <TableScroll label={t('actionPlan.indicatorsCaption')}>
        <Table striped verticalSpacing="xs" data-testid="plan-indicators">
          <Table.Caption>{t('actionPlan.indicatorsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('actionPlan.indicator')}</Table.Th>
              {years.map((y) => (
                <Table.Th scope="col" key={y}>
                  {y}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.indicators.map((i) => (
              <Table.Tr key={i.id} data-testid="plan-indicator">
                <Table.Th scope="row">
                  {i.name} ({i.unit})
                  <Text size="xs">
                    {i.source.kind === 'computed' ? t('actionPlan.computed') : t('actionPlan.entered')}
                  </Text>
                </Table.Th>
                {years.map((y) => {
                  const value = i.yearValues[String(y)];
                  const target = i.targets[String(y)];
                  const standing = i.standing[String(y)];
                  return (
                    <Table.Td key={y} data-year={y}>
                      <Text size="sm">
                        {t('actionPlan.valueAgainstTarget', {
                          value: value === null || value === undefined ? '–' : format.number(value),
                          target: target === undefined ? '–' : format.number(target),
                        })}
                      </Text>
                      {standing && standing !== 'unknown' ? (
                        <StatusBadge
                          tone={standing === 'on_target' ? 'ok' : 'bad'}
                          label={t(`actionPlan.indicatorStandings.${standing}`)}
                        />
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
