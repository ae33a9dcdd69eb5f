import { Alert, Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { forwardRef, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PossibleDuplicate } from '../api/types.ts';
import { intlTag } from '../i18n/format.ts';
import { useDuplicateCheck } from './person-queries.ts';
import { holderNames } from './possible-duplicates.ts';

/**
 * Asks the server, once a name and a birth date are typed, whether a possible match exists, so
 * the user learns it before filling in the rest. Debounced: one request per pause, not per key.
 */
export function useEarlyDuplicateCheck(name: string, birthDate: string): PossibleDuplicate[] {
  const check = useDuplicateCheck();
  const [probe] = useDebouncedValue(
    name && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? `${birthDate}|${name}` : '',
    700,
  );
  const { mutate, reset } = check;
  useEffect(() => {
    if (!probe) {
      reset();
      return;
    }
    const [date = '', ...rest] = probe.split('|');
    mutate({ name: rest.join('|'), birthDate: date });
  }, [probe, mutate, reset]);
  return probe ? (check.data?.possibleDuplicates ?? []) : [];
}

interface Props {
  duplicates: PossibleDuplicate[];
  /** Present after the server refused the record (409): the user may confirm and create. */
  onConfirm?: () => void;
  busy?: boolean;
}

/** Names only the organisations holding a possible match, never the matching person. */
export const DuplicateWarning = forwardRef<HTMLDivElement, Props>(function DuplicateWarning(
  { duplicates, onConfirm, busy },
  ref,
) {
  const { t, i18n } = useTranslation();
  if (duplicates.length === 0) return null;
  const holders = holderNames(duplicates, intlTag(i18n.language));
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      role={onConfirm ? 'alert' : 'status'}
      title={t('personForm.possibleDuplicateTitle')}
      data-testid="possible-duplicate"
    >
      <Stack gap="xs">
        <Text size="sm">{t('personForm.possibleDuplicate', { holders })}</Text>
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
