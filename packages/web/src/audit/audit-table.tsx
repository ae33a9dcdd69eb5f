import { Anchor, Table } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api/types.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { actionLabel, entityTypeLabel } from './audit-action-options.ts';

interface AuditTableProps {
  events: AuditEvent[];
  /** Opens an event's details; without it (the home page) the number is plain text. */
  onOpen?: (event: AuditEvent) => void;
}

/** An id no name is known for, shortened: the details show it whole. */
export const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/** One row per event, in words: names from the server, a person by code; the number opens it. */
export function AuditTable({ events, onOpen }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
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
              <Table.Td>
                {onOpen ? (
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => onOpen(event)}
                    aria-label={t('auditLog.show', { seq: format.number(event.seq) })}
                    data-testid="audit-open"
                  >
                    {format.number(event.seq)}
                  </Anchor>
                ) : (
                  format.number(event.seq)
                )}
              </Table.Td>
              <Table.Td>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              </Table.Td>
              <Table.Td>{actorName(event) ?? t('audit.system')}</Table.Td>
              <Table.Td>{organisationName(event)}</Table.Td>
              <Table.Td>
                {event.actorRoles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}
              </Table.Td>
              <Table.Td>{actionLabel(event.action, i18n.language)}</Table.Td>
              <Table.Td>{entityText(event, t, i18n.language)}</Table.Td>
              <Table.Td>{event.clientIp ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function actorName(event: AuditEvent): string | null {
  return event.actorUserName ?? (event.actorUserId ? shortId(event.actorUserId) : null);
}

export function organisationName(event: AuditEvent): string {
  return event.actorOrganisationName ?? (event.actorOrganisationId ? shortId(event.actorOrganisationId) : '');
}

/** "Person NRM-2026-000123": the kind in words, then the code or name (else a short id). */
export function entityText(event: AuditEvent, t: TFunction, language: string): string {
  // A settings change names the settings in words, not by their storage key.
  if (event.entityType === 'configuration' && event.entityId) {
    const area = t(
      `auditLog.configurationAreas.${event.entityId}` as 'auditLog.configurationAreas.statistics',
      {
        defaultValue: '',
      },
    );
    if (area) return area;
  }
  const what = event.entityLabel ?? (event.entityId ? shortId(event.entityId) : '');
  return [entityTypeLabel(event.entityType, t, language), what].filter(Boolean).join(' ');
}
