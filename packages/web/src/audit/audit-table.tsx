import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api/types.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';

interface AuditTableProps {
  events: AuditEvent[];
  userNames: Map<string, string>;
  organisationNames: Map<string, string>;
}

/** One row per event; ids are shown shortened when no name is known for them. */
export function AuditTable({ events, userNames, organisationNames }: AuditTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const short = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);
  return (
    <TableScroll label={t('audit.tableCaption')}>
      <Table striped highlightOnHover data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.seq')}</Table.Th>
            <Table.Th scope="col">{t('audit.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.organisation')}</Table.Th>
            <Table.Th scope="col">{t('audit.roles')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.clientAddress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.seq}>
              <Table.Td>{format.number(event.seq)}</Table.Td>
              <Table.Td>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              </Table.Td>
              <Table.Td title={event.actorUserId ?? undefined}>
                {event.actorUserId
                  ? (userNames.get(event.actorUserId) ?? short(event.actorUserId))
                  : t('audit.system')}
              </Table.Td>
              <Table.Td>
                {event.actorOrganisationId
                  ? (organisationNames.get(event.actorOrganisationId) ?? short(event.actorOrganisationId))
                  : ''}
              </Table.Td>
              <Table.Td>
                {event.actorRoles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}
              </Table.Td>
              <Table.Td>
                <Code>{event.action}</Code>
              </Table.Td>
              <Table.Td title={event.entityId ?? undefined}>
                <Code>{event.entityType}</Code>
                {event.entityId ? ` ${short(event.entityId)}` : ''}
              </Table.Td>
              <Table.Td>{event.clientIp ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
