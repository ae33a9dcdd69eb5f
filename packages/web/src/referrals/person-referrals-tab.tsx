import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { ReferralForm } from './referral-form.tsx';
import { usePersonReferrals, useReferralProposals } from './referral-queries.ts';
import { ReferralsTable } from './referrals-table.tsx';
import { useReferralActions } from './use-referral-actions.tsx';

/** The person's referrals, with their actions, and the "Refer" form for those who may send. */
export function PersonReferralsTab({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const { permissions, organisation } = useSession();
  const personId = file.person.id;
  // The record's own answer: a pending recipient or a share target may not refer onward.
  const canRefer = file.may.refer;
  const referrals = usePersonReferrals(personId);
  const proposals = useReferralProposals(personId, canRefer);
  const organisations = useOrganisations(canRefer && can(permissions, 'organisation:read'));
  const actions = useReferralActions();
  // The form opens on demand (as "New screening" does); once open it stays, with its values.
  const [open, setOpen] = useState(false);
  const addable = (organisations.data ?? []).filter((o) => o.active && o.id !== organisation.id);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('referrals.personTab')}
        </Title>
        {canRefer && !open ? (
          <Button onClick={() => setOpen(true)} data-testid="open-referral-form">
            {t('referralForm.open')}
          </Button>
        ) : null}
      </Group>
      {actions.view}
      {referrals.isPending ? <PageLoader /> : null}
      <ErrorAlert error={referrals.error} onRetry={() => void referrals.refetch()} />
      {referrals.data?.length === 0 ? <Text>{t('referrals.none')}</Text> : null}
      {referrals.data?.length ? (
        <ReferralsTable
          label={t('referrals.personTab')}
          referrals={referrals.data}
          onAction={actions.start}
          busyId={actions.busyId}
          showPerson={false}
        />
      ) : null}
      {canRefer && open ? (
        <>
          <ErrorAlert error={proposals.error} onRetry={() => void proposals.refetch()} />
          {proposals.data ? (
            <ReferralForm
              personId={personId}
              proposals={proposals.data}
              organisations={addable}
              canOverride={can(permissions, 'consent_override:create')}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
