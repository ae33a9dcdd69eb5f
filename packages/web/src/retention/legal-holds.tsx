import { Button, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useLegalHolds, useReleaseLegalHold, useSetLegalHold } from './retention-queries.ts';

/** Holds by person code: the administrator keeps a person out of retention and erasure. */
export function LegalHolds() {
  const { t } = useTranslation();
  const holds = useLegalHolds();
  const set = useSetLegalHold();
  const release = useReleaseLegalHold();
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set.mutate({ code: code.trim(), reason }, { onSuccess: () => setCode('') });
  };
  return (
    <Stack data-testid="legal-holds">
      <Title order={2}>{t('retention.holds')}</Title>
      <ErrorAlert error={holds.error ?? set.error ?? release.error} />
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            required
            label={t('retention.holdCode')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <TextInput
            required
            w={360}
            label={t('retention.holdReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button type="submit" loading={set.isPending}>
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
                  <Button variant="light" size="xs" onClick={() => release.mutate(hold.code)}>
                    {t('retention.release')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
