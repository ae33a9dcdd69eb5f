import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PossibleDuplicate } from '../api/types.ts';
import { type ContactState, DuplicateContactRequest } from './duplicate-contact-request.tsx';
import { type DuplicateProbe, summariseDuplicates } from './possible-duplicates.ts';

interface Props {
  duplicates: PossibleDuplicate[];
  /** The name and date that were checked: a request to contact the holder repeats them. */
  probe: DuplicateProbe | null;
  contact: ContactState;
  /** Present after the server refused the record (409): the user may confirm and create. */
  onConfirm?: () => void;
  busy?: boolean;
}

/**
 * What the duplicate check found: the user's own organisation's records by code (to open), and
 * only the fact that another organisation holds one (never which: see DuplicateContactRequest).
 */
export const DuplicateWarning = forwardRef<HTMLDivElement, Props>(function DuplicateWarning(
  { duplicates, probe, contact, onConfirm, busy },
  ref,
) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  const { yours, elsewhere } = summariseDuplicates(duplicates);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      role={onConfirm ? 'alert' : 'status'}
      title={t('personForm.possibleDuplicateTitle')}
      data-testid="possible-duplicate"
    >
      <Stack gap="sm">
        {yours.length > 0 ? (
          <Stack gap={4} data-testid="duplicate-yours">
            <Text size="sm">{t('personForm.heldByYours')}</Text>
            <List size="sm">
              {yours.map((record) => (
                <List.Item key={record.personId}>
                  <Anchor component={Link} to={`/persons/${record.personId}`} size="sm">
                    {t('personForm.openRecord', { code: record.code })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {elsewhere ? <DuplicateContactRequest probe={probe} contact={contact} /> : null}
        {onConfirm ? (
          <>
            <Text size="sm">{t('personForm.confirmDuplicateHelp')}</Text>
            <Button color="#8a3a0a" w="fit-content" loading={busy} onClick={onConfirm}>
              {t('personForm.confirmDuplicate')}
            </Button>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
});
