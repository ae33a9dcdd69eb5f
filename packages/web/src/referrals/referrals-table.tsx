import { Anchor, Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Referral } from '../api/types.ts';
import { SortHeader } from '../common/sort-header.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { offeredActions, type ReferralTransition } from './referral-actions.ts';
import { eventDayText } from './referral-event-day.ts';
import { ReferralStatusBadge, useIdentityLabel } from './referral-status-badge.tsx';

interface ReferralsTableProps {
  label: string;
  referrals: Referral[];
  /** Runs an action; the buttons are those each referral's `may` allows. */
  onAction: (referral: Referral, action: ReferralTransition) => void;
  busyId?: string | null;
  /** On a person's page the person column would only repeat the page's code. */
  showPerson?: boolean;
  /** When given, the deadline column sorts the list (the inbox's sections, server-side). */
  deadlineOrder?: { direction: 'asc' | 'desc'; onSort: () => void };
}

/** Referrals as a dense table: one row each, its status in words and the deadline in the locale. */
export function ReferralsTable(props: ReferralsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const identity = useIdentityLabel();
  const showPerson = props.showPerson ?? true;
  return (
    <TableScroll label={props.label}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {showPerson ? <Table.Th scope="col">{t('referrals.person')}</Table.Th> : null}
            <Table.Th scope="col">{t('referrals.fromTo')}</Table.Th>
            <Table.Th scope="col">{t('referrals.services')}</Table.Th>
            <Table.Th scope="col">{t('referrals.urgency')}</Table.Th>
            <Table.Th scope="col">{t('referrals.identity')}</Table.Th>
            <Table.Th scope="col">{t('referrals.status')}</Table.Th>
            <Table.Th scope="col">{t('referrals.sentAt')}</Table.Th>
            {props.deadlineOrder ? (
              <SortHeader
                label={t('referrals.deadline')}
                direction={props.deadlineOrder.direction}
                onSort={props.deadlineOrder.onSort}
              />
            ) : (
              <Table.Th scope="col">{t('referrals.deadline')}</Table.Th>
            )}
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.referrals.map((referral) => {
            const actions = offeredActions(referral);
            return (
              <Table.Tr key={referral.id} data-testid="referral-row">
                {showPerson ? (
                  <Table.Td>
                    <Anchor component={Link} to={`/persons/${referral.personId}`}>
                      <Code fz="sm">{referral.personCode}</Code>
                    </Anchor>
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Text size="sm">
                    {referral.fromOrganisationName} → {referral.toOrganisationName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {referral.services.map((s) => t(`referralVocabulary.services.${s}`)).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`referralVocabulary.urgencies.${referral.urgency}`)}</Table.Td>
                <Table.Td>{identity(referral)}</Table.Td>
                <Table.Td>
                  <ReferralStatusBadge referral={referral} />
                </Table.Td>
                <Table.Td data-testid="referral-sent">
                  {eventDayText(referral.sentOn, referral.sentAt, format, (values) =>
                    t('referrals.onRecordedLater', values),
                  )}
                </Table.Td>
                <Table.Td>{format.dateTime(referral.respondBy)}</Table.Td>
                <Table.Td>
                  {/* Wraps rather than overflowing the table at laptop widths. */}
                  <Group gap={4} wrap="wrap" miw={140}>
                    <Anchor
                      component={Link}
                      to={`/referrals/${referral.id}`}
                      size="sm"
                      aria-label={t('referrals.openFor', {
                        code: referral.personCode,
                        name: referral.toOrganisationName,
                      })}
                    >
                      {t('referrals.open')}
                    </Anchor>
                    {actions.map((action) => (
                      <Button
                        key={action}
                        data-action={action}
                        size="compact-sm"
                        variant={action === 'accept' || action === 'complete' ? 'filled' : 'outline'}
                        color={action === 'decline' || action === 'withdraw' ? 'red.9' : undefined}
                        loading={props.busyId === referral.id}
                        onClick={() => props.onAction(referral, action)}
                      >
                        {t(`referralActions.${action}`)}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
