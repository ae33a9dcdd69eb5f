import { Button, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useLegalHolds, useReleaseLegalHold, useSetLegalHold } from './retention-queries.ts';

/** Holds by person code: the administrator keeps a person out of retention and erasure. */
export function LegalHolds() {
  const { t } = useTranslation();
  const holds = useLegalHolds();
  const set = useSetLegalHold();
  const release = useReleaseLegalHold();
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  // Releasing makes the person erasable again: asked once more, naming the code.
  const [releasing, setReleasing] = useState<string | null>(null);
  const form = useFormErrors(set.error, {
    code: { label: t('retention.holdCode'), value: code, required: true },
    reason: { label: t('retention.holdReason'), value: reason, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    set.mutate(
      { code: code.trim(), reason: reason.trim() },
      {
        onSuccess: () => {
          setCode('');
          setReason('');
        },
      },
    );
  };
  return (
    <Stack data-testid="legal-holds">
      <Title order={2}>{t('retention.holds')}</Title>
      <ErrorAlert error={holds.error ?? release.error} />
      <form onSubmit={submit} noValidate data-testid="legal-hold-form">
        <FormErrorsAtTop form={form} error={set.error} />
        <Group align="flex-start">
          <TextInput
            {...form.field('code')}
            maxLength={60}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <TextInput
            {...form.field('reason')}
            w={360}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button type="submit" loading={set.isPending} mt={25}>
            {t('retention.addHold')}
          </Button>
        </Group>
      </form>
      {holds.data?.holds.length === 0 ? <Text>{t('retention.noHolds')}</Text> : null}
      {holds.data && holds.data.holds.length > 0 ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('retention.holdCode')}</Table.Th>
              <Table.Th>{t('retention.holdReason')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('retention.release')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {holds.data.holds.map((hold) => (
              <Table.Tr key={hold.code} data-testid="legal-hold-row">
                <Table.Td>{hold.code}</Table.Td>
                <Table.Td>{hold.reason}</Table.Td>
                <Table.Td>
                  <Button
                    variant="light"
                    size="xs"
                    aria-label={`${t('retention.release')} ${hold.code}`}
                    onClick={() => setReleasing(hold.code)}
                  >
                    {t('retention.release')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <ConfirmDialog
        opened={releasing !== null}
        title={t('retention.releaseTitle', { code: releasing ?? '' })}
        message={t('retention.releaseMessage')}
        confirmLabel={t('retention.release')}
        busy={release.isPending}
        onConfirm={() => release.mutate(releasing ?? '', { onSettled: () => setReleasing(null) })}
        onCancel={() => setReleasing(null)}
      />
    </Stack>
  );
}
