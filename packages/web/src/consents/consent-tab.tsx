import { Alert, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent, PersonFile } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { organisationNames, useOrganisations } from '../organisations/organisation-queries.ts';
import { ConsentForm } from './consent-form.tsx';
import { useConsents, useWithdrawConsent } from './consent-queries.ts';
import { ConsentsTable } from './consents-table.tsx';

/** The person's consents to sharing, the way to record one, and its withdrawal. */
export function ConsentTab({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const personId = file.person.id;
  const consents = useConsents(personId);
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const withdraw = useWithdrawConsent(personId);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Names of organisations the person's file lists are known even without organisation:read.
  const names = new Map([
    ...file.organisations.map((o) => [o.id, o.name] as [string, string]),
    ...organisationNames(organisations.data),
  ]);

  const confirmWithdraw = () => {
    if (!withdrawing) return;
    withdraw.mutate(withdrawing.id, {
      onSuccess: () => setWithdrawn(true),
      onSettled: () => {
        setWithdrawing(null);
        requestAnimationFrame(() => heading.current?.focus());
      },
    });
  };

  return (
    <Stack gap="lg">
      <Title order={2} size="h3" ref={heading} tabIndex={-1}>
        {t('consents.history')}
      </Title>
      {withdrawn && !withdraw.error ? (
        <Alert color="teal" role="status">
          {t('consents.withdrawnDone')}
        </Alert>
      ) : null}
      <ErrorAlert error={withdraw.error} />
      {consents.isPending ? <PageLoader /> : null}
      <ErrorAlert error={consents.error} onRetry={() => void consents.refetch()} />
      {consents.data?.length === 0 ? <Text>{t('consents.none')}</Text> : null}
      {consents.data?.length ? (
        <ConsentsTable
          consents={consents.data}
          names={names}
          onWithdraw={
            file.may.withdraw_consent
              ? (consent) => {
                  setWithdrawn(false);
                  withdraw.reset();
                  setWithdrawing(consent);
                }
              : undefined
          }
        />
      ) : null}
      {/* Only the record's owner records or withdraws consent (file.may, from the server's policy). */}
      {file.may.record_consent ? (
        <ConsentForm personId={personId} organisations={organisations.data ?? []} />
      ) : null}
      <ConfirmDialog
        opened={withdrawing !== null}
        title={t('consents.withdrawTitle')}
        message={t('consents.withdrawConfirm')}
        confirmLabel={t('consents.withdraw')}
        danger
        busy={withdraw.isPending}
        onCancel={() => setWithdrawing(null)}
        onConfirm={confirmWithdraw}
      />
    </Stack>
  );
}
