import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../api/types.ts';
import { StatusBadge } from '../common/status-badge.tsx';
import { statusTone } from './referral-actions.ts';

/** The status in words, plus "Overdue" while an answer is late. */
export function ReferralStatusBadge({ referral }: { referral: Pick<Referral, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <StatusBadge
        tone={statusTone(referral.status)}
        label={t(`referralVocabulary.statuses.${referral.status}`)}
        testId="referral-status"
      />
      {referral.overdue ? <StatusBadge tone="bad" label={t('referrals.overdueBadge')} /> : null}
    </Group>
  );
}

/** "Shared (consent)" or "Not shared": who sees the name, and on what legal basis. */
export function useIdentityLabel(): (referral: Pick<Referral, 'shareIdentity' | 'basis'>) => string {
  const { t } = useTranslation();
  return (referral) =>
    referral.shareIdentity
      ? t('referrals.identityShared', { basis: t(`referralVocabulary.bases.${referral.basis}`) })
      : t('referrals.identityNotShared');
}
