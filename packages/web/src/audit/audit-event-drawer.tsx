import { Anchor, Code, Drawer, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '../api/types.ts';
import { useFormat } from '../i18n/format.ts';
import { actionLabel } from './audit-action-options.ts';
import { useLastChainCheck } from './audit-queries.ts';
import { actorName, entityText, organisationName } from './audit-table.tsx';

interface AuditEventDrawerProps {
  event: AuditEvent | null;
  onClose: () => void;
}

/**
 * One event whole: when, who, for which organisation, what, about what (a link only where the
 * server says the reader may open the record), its details, and where it sits in the hash chain.
 */
export function AuditEventDrawer({ event, onClose }: AuditEventDrawerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!event) return <Drawer opened={false} onClose={onClose} />;
  const details = Object.entries(event.details);
  const rows: [string, ReactNode][] = [
    [
      t('auditLog.when'),
      <time key="when" dateTime={event.at}>
        {format.dateTime(event.at)}
      </time>,
    ],
    [t('auditLog.who'), actorName(event) ?? t('audit.system')],
    [t('auditLog.organisation'), organisationName(event)],
    [t('auditLog.roles'), event.actorRoles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')],
    [t('auditLog.action'), actionLabel(event.action, i18n.language)],
    [
      t('auditLog.entity'),
      event.entityPersonId ? (
        <Anchor key="entity" component={Link} to={`/persons/${event.entityPersonId}`}>
          {entityText(event, t, i18n.language)} ({t('auditLog.openRecord')})
        </Anchor>
      ) : (
        entityText(event, t, i18n.language)
      ),
    ],
    [t('audit.clientAddress'), event.clientIp ?? ''],
    [t('auditLog.request'), event.requestId ?? ''],
  ];
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      // No fade: the details are read (and checked by axe) the moment they open.
      transitionProps={{ duration: 0 }}
      title={t('auditLog.detailTitle', { seq: format.number(event.seq) })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack data-testid="audit-event">
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text fw={600}>{t('auditLog.details')}</Text>
        {details.length ? (
          <Code block>{JSON.stringify(event.details, null, 2)}</Code>
        ) : (
          <Text>{t('auditLog.noDetails')}</Text>
        )}
        <ChainPosition event={event} />
      </Stack>
    </Drawer>
  );
}

/** The event's links in the chain and what the last check of this visit says about it. */
function ChainPosition({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const check = useLastChainCheck();
  const status = !check
    ? t('auditLog.chainUnchecked')
    : !check.ok && check.problem
      ? t('auditLog.chainBroken', { seq: format.number(check.problem.seq) })
      : check.lastSeq >= event.seq
        ? t('auditLog.chainIntact', { lastSeq: format.number(check.lastSeq) })
        : t('auditLog.chainBefore', { lastSeq: format.number(check.lastSeq) });
  return (
    <Stack gap={4}>
      <Text fw={600}>{t('auditLog.chain')}</Text>
      <Text size="sm">
        {t('auditLog.position')}: {format.number(event.seq)}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('auditLog.hash')}: <Code>{event.hash}</Code>
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('auditLog.prevHash')}: <Code>{event.prevHash}</Code>
      </Text>
      <Text size="sm" data-testid="audit-event-chain">
        {status}
      </Text>
    </Stack>
  );
}
