import { Alert, Button, List, Stack } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendOutcome } from './referral-draft.ts';

export interface SendResult {
  organisationId: string;
  organisationName: string;
  outcome: SendOutcome;
  message: string;
  /** The failure itself, so the form can say at its field why a date was refused. */
  error?: unknown;
}

interface Props {
  results: SendResult[];
  headingRef: RefObject<HTMLDivElement | null>;
  busy: boolean;
  onSendWithoutIdentity: () => void;
}

/** One line per recipient: sent, or why not and what to do; consent gaps can go without identity. */
export function SendResults({ results, headingRef, busy, onSendWithoutIdentity }: Props) {
  const { t } = useTranslation();
  if (results.length === 0) return null;
  const allSent = results.every((r) => r.outcome === 'sent');
  const needConsent = results.some((r) => r.outcome === 'consent_required');
  return (
    <Alert
      ref={headingRef}
      tabIndex={-1}
      color={allSent ? 'teal' : 'orange'}
      title={t('referralForm.results')}
      role={allSent ? 'status' : 'alert'}
      data-testid="referral-result"
    >
      <Stack gap="xs">
        <List size="sm" spacing={4}>
          {results.map((r) => (
            <List.Item key={r.organisationId} data-outcome={r.outcome}>
              {t(`referralForm.outcome.${r.outcome}`, { name: r.organisationName, message: r.message })}
            </List.Item>
          ))}
        </List>
        {needConsent ? (
          <Button variant="outline" w="fit-content" loading={busy} onClick={onSendWithoutIdentity}>
            {t('referralForm.sendWithoutIdentity')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
