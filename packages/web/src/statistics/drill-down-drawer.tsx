import { Alert, Anchor, Code, Drawer, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DrillDown, DrillDownQuery, ReportQuery } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { useFormat } from '../i18n/format.ts';
import { describeFigure, type OpenedFigure } from './figure-cell.tsx';
import { useDrillDown } from './statistics-queries.ts';

interface DrillDownDrawerProps {
  figure: OpenedFigure | null;
  query: ReportQuery;
  onClose: () => void;
}

/**
 * The records behind one figure, as far as the user may open them: the server lists only those,
 * and counts the rest. A coordinator (aggregates only) sees counts and no codes at all.
 */
export function DrillDownDrawer({ figure, query, onClose }: DrillDownDrawerProps) {
  const { t } = useTranslation();
  const records = useDrillDown(
    figure
      ? {
          ...query,
          // The report names its own tables; its schema types the key as any string.
          table: figure.table.key as DrillDownQuery['table'],
          row: figure.row ?? undefined,
          column: figure.column ?? undefined,
          period: figure.period,
        }
      : null,
  );
  return (
    <Drawer
      opened={figure !== null}
      onClose={onClose}
      position="right"
      title={t('statistics.drill.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="drill-down"
    >
      {figure ? (
        <Stack>
          <Text fw={600}>{figure.table.title}</Text>
          <Text>
            {t('statistics.drill.figure', {
              what: describeFigure(figure.table, figure.row, figure.column, t('statistics.total')),
              period: figure.periodLabel,
            })}
          </Text>
          {records.isPending ? <PageLoader /> : null}
          <ErrorAlert error={records.error} onRetry={() => void records.refetch()} />
          {records.data ? <DrillDownResult result={records.data} /> : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}

function DrillDownResult({ result }: { result: DrillDown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { permissions } = useSession();
  const isReferral = result.recordType === 'referral';
  const linkable = can(permissions, isReferral ? 'referral:read' : 'person:read');
  return (
    <Stack data-testid="drill-down-result">
      <Text>
        {t(isReferral ? 'statistics.drill.referrals' : 'statistics.drill.persons', {
          total: format.number(result.total),
        })}
      </Text>
      {result.records.length ? (
        <Stack gap="xs">
          <Text fw={600}>{t('statistics.drill.listed')}</Text>
          <List listStyleType="none" spacing={4}>
            {result.records.map((record) => (
              <List.Item key={record.id}>
                {linkable ? (
                  <Anchor
                    component={Link}
                    to={isReferral ? `/referrals/${record.id}` : `/persons/${record.personId}`}
                  >
                    <Code fz="sm">{record.code}</Code>
                  </Anchor>
                ) : (
                  <Code fz="sm">{record.code}</Code>
                )}
              </List.Item>
            ))}
          </List>
          {result.records.length + result.notVisible < result.total ? (
            <Text size="sm" c="dimmed">
              {t('statistics.drill.truncated', { shown: format.number(result.records.length) })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {result.notVisible > 0 ? (
        <Alert color="gray" role="note" data-testid="drill-down-not-visible">
          <Text size="sm">
            {t('statistics.drill.notVisible', { total: format.number(result.notVisible) })}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
