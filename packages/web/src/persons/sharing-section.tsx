import { Button, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { StatusBadge } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useUnsharePerson } from './identification-queries.ts';
import { ShareForm } from './share-form.tsx';

/**
 * Who can see this record, and the need-to-know share with one more organisation. Only what the
 * server says this user may do to this record is offered (only the owner widens or narrows access).
 */
export function SharingSection({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const { share: canShare, unshare: canUnshare } = file.may;
  const unshare = useUnsharePerson(file.person.id);
  const [ending, setEnding] = useState<{ id: string; name: string } | null>(null);

  return (
    <section aria-labelledby="overview-access">
      <Stack gap="sm">
        <Title order={2} size="h3" id="overview-access">
          {t('person.access')}
        </Title>
        <ErrorAlert error={unshare.error} />
        <TableScroll label={t('person.access')}>
          <Table data-testid="person-organisations" maw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('persons.organisation')}</Table.Th>
                <Table.Th scope="col">{t('person.accessKind')}</Table.Th>
                {canUnshare ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.organisations.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Td>{organisation.name}</Table.Td>
                  <Table.Td>
                    <StatusBadge
                      tone={organisation.owner ? 'info' : 'off'}
                      label={organisation.owner ? t('person.owner') : t('person.sharedWith')}
                    />
                  </Table.Td>
                  {canUnshare ? (
                    <Table.Td>
                      {organisation.owner ? null : (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          aria-label={t('person.endAccessFor', { name: organisation.name })}
                          onClick={() => setEnding({ id: organisation.id, name: organisation.name })}
                        >
                          {t('person.endAccess')}
                        </Button>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        {canShare ? <ShareForm file={file} /> : null}
      </Stack>
      <ConfirmDialog
        opened={ending !== null}
        title={t('person.endAccess')}
        message={t('person.endAccessConfirm', { name: ending?.name ?? '' })}
        confirmLabel={t('person.endAccess')}
        danger
        busy={unshare.isPending}
        onCancel={() => setEnding(null)}
        onConfirm={() => ending && unshare.mutate(ending.id, { onSettled: () => setEnding(null) })}
      />
    </section>
  );
}
