import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useRevealAddress } from './organisation-queries.ts';

/**
 * The sealed address is shown only after a deliberate, confirmed action, because the server
 * records every reveal in the audit log. Leaving the page forgets it. Only the organisation's own
 * staff may read it (a shelter's address says where victims are): an administrator editing
 * another organisation can replace it but is told it stays hidden from them.
 */
export function AddressPanel({
  organisationId,
  hasAddress,
  mayReveal,
}: {
  organisationId: string;
  hasAddress: boolean;
  mayReveal: boolean;
}) {
  const { t } = useTranslation();
  const reveal = useRevealAddress(organisationId);
  const [confirming, setConfirming] = useState(false);
  const [shown, setShown] = useState(false);

  const confirm = () =>
    reveal.mutate(undefined, {
      onSuccess: () => setShown(true),
      onSettled: () => setConfirming(false),
    });

  return (
    <Paper withBorder p="md" maw={640}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('organisations.address')}
        </Title>
        <Text size="sm">{hasAddress ? t('organisations.hasAddress') : t('organisations.noAddress')}</Text>
        <ErrorAlert error={reveal.error} />
        {shown ? (
          <Stack gap="xs" data-testid="revealed-address">
            <Text size="sm" fw={600}>
              {t('organisations.revealedAddress')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{reveal.data ?? t('organisations.addressEmpty')}</Text>
            <Button
              variant="default"
              w="fit-content"
              onClick={() => {
                setShown(false);
                reveal.reset();
              }}
            >
              {t('organisations.hideAddress')}
            </Button>
          </Stack>
        ) : hasAddress && !mayReveal ? (
          <Text size="sm" c="dimmed" data-testid="address-staff-only">
            {t('organisations.addressStaffOnly')}
          </Text>
        ) : hasAddress ? (
          <Group>
            <Button variant="outline" onClick={() => setConfirming(true)}>
              {t('organisations.showAddress')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('organisations.revealTitle')}
        message={t('organisations.revealWarning')}
        confirmLabel={t('organisations.reveal')}
        busy={reveal.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={confirm}
      />
    </Paper>
  );
}
