import { Alert, Button, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useDuplicateContactRequest } from './person-queries.ts';
import type { DuplicateProbe } from './possible-duplicates.ts';

export interface ContactState {
  /** The answer to an earlier request for the same name and date on this form, if any. */
  sent: boolean | null;
  onSent: (sent: boolean) => void;
}

/**
 * "Held elsewhere": the holder is not named (a name would tell where the person is helped, and
 * the check must not locate victims), so the way forward is to ask the holder to get in touch.
 * The holder learns who asks and decides; the user learns nothing more than before. Asked once
 * per name and date: the warning after "Create" remembers the request made before it.
 */
export function DuplicateContactRequest({
  probe,
  contact,
}: {
  probe: DuplicateProbe | null;
  contact: ContactState;
}) {
  const { t } = useTranslation();
  const request = useDuplicateContactRequest();
  const result = useRef<HTMLDivElement>(null);
  const sent = request.data?.sent ?? contact.sent;

  const ask = () => {
    if (!probe) return;
    request.mutate(probe, {
      onSuccess: (answer) => contact.onSent(answer.sent),
      // The button goes away with the answer: focus follows to the answer, so it is not lost.
      onSettled: () => requestAnimationFrame(() => result.current?.focus()),
    });
  };

  return (
    <Stack gap="xs" data-testid="duplicate-elsewhere">
      <Text size="sm">{t('personForm.heldElsewhere')}</Text>
      <div ref={result} tabIndex={-1}>
        {sent !== null ? (
          <Alert color={sent ? 'teal' : 'blue'} role="status" data-testid="contact-requested">
            {sent ? t('personForm.contactRequested') : t('personForm.contactNotSent')}
          </Alert>
        ) : (
          <ErrorAlert error={request.error} />
        )}
      </div>
      {sent !== null || !probe ? null : (
        // The alert's dark orange, not the theme's blue: readable on its light orange background.
        <Button variant="outline" color="#8a3a0a" w="fit-content" loading={request.isPending} onClick={ask}>
          {t('personForm.askHolder')}
        </Button>
      )}
    </Stack>
  );
}
