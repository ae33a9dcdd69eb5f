import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '../api/types.ts';
import { useFormat } from '../i18n/format.ts';
import { FactList } from '../persons/fact-list.tsx';
import { eventDayText } from './referral-event-day.ts';
import { useIdentityLabel } from './referral-status-badge.tsx';

/** What was asked of whom, on what basis and by when; the note as the sender wrote it. */
export function ReferralDetails({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const identity = useIdentityLabel();
  // The day each event happened; "recorded …" beside it when it was entered on a later day.
  const day = (on: string, at: string) =>
    eventDayText(on, at, format, (values) => t('referrals.onRecordedLater', values));
  const rows: [string, string][] = [
    [t('referrals.from'), referral.fromOrganisationName],
    [t('referrals.to'), referral.toOrganisationName],
    [t('referrals.services'), referral.services.map((s) => t(`referralVocabulary.services.${s}`)).join(', ')],
    [t('referrals.urgency'), t(`referralVocabulary.urgencies.${referral.urgency}`)],
    [t('referrals.identity'), identity(referral)],
    [t('referral.sections'), referral.sections.map((s) => t(`referralVocabulary.sections.${s}`)).join(', ')],
    [t('referrals.sentAt'), day(referral.sentOn, referral.sentAt)],
    [t('referrals.deadline'), format.dateTime(referral.respondBy)],
  ];
  if (referral.respondedOn && referral.respondedAt)
    rows.push([t('referral.respondedAt'), day(referral.respondedOn, referral.respondedAt)]);
  if (referral.closedOn && referral.closedAt)
    rows.push([t('referral.closedAt'), day(referral.closedOn, referral.closedAt)]);
  if (referral.declineReason) rows.push([t('referral.declineReason'), referral.declineReason]);
  if (referral.withdrawReason) rows.push([t('referral.withdrawReason'), referral.withdrawReason]);

  return (
    <section aria-labelledby="referral-details-title">
      <Stack gap="xs" maw={760}>
        <Title order={2} size="h3" id="referral-details-title">
          {t('referral.details')}
        </Title>
        <FactList facts={rows} testId="referral-details" />
        <Title order={3} size="h4">
          {t('referral.note')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="referral-note">
          {referral.note ?? t('referral.noNote')}
        </Text>
      </Stack>
    </section>
  );
}
