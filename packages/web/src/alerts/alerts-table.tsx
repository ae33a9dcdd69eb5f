import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Alert } from '../api/types.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { AlertStatusBadge } from './alert-status-badge.tsx';

interface AlertsTableProps {
  alerts: Alert[];
  organisationLabel: (id: string) => string;
}

/** Alerts as a dense table; the title is the link, since it is what people recognise. */
export function AlertsTable({ alerts, organisationLabel }: AlertsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('alerts.tableCaption')}>
      <Table striped verticalSpacing="xs" data-testid="alerts-table">
        <Table.Caption>{t('alerts.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('alerts.alertTitle')}</Table.Th>
            <Table.Th scope="col">{t('alerts.subject')}</Table.Th>
            <Table.Th scope="col">{t('alerts.from')}</Table.Th>
            <Table.Th scope="col">{t('alerts.to')}</Table.Th>
            <Table.Th scope="col">{t('alerts.status')}</Table.Th>
            <Table.Th scope="col">{t('alerts.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alerts.map((alert) => (
            <Table.Tr key={alert.id} data-testid="alert-row">
              <Table.Td>
                <Anchor component={Link} to={`/alerts/${alert.id}`} size="sm">
                  {alert.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`alertVocabulary.subjects.${alert.subject}`)}</Table.Td>
              <Table.Td>{organisationLabel(alert.fromOrganisationId)}</Table.Td>
              <Table.Td>{organisationLabel(alert.toOrganisationId)}</Table.Td>
              <Table.Td>
                <AlertStatusBadge status={alert.status} />
              </Table.Td>
              <Table.Td>{format.dateTime(alert.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
