import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import { type SendRequest, sendOutcomeOf } from './referral-draft.ts';
import { refreshReferrals, sendReferral } from './referral-queries.ts';
import type { SendResult } from './send-results.tsx';

/**
 * Sends the form's referrals one after the other (each recipient is its own request, and one
 * refusal must not stop the others) and keeps each answer for the results list.
 */
export function useSendReferrals(personId: string) {
  const queryClient = useQueryClient();
  const [results, setResults] = useState<SendResult[]>([]);
  const [busy, setBusy] = useState(false);

  const run = async (requests: SendRequest[], merge = false): Promise<SendResult[]> => {
    setBusy(true);
    const answers: SendResult[] = [];
    for (const { recipient, body } of requests) {
      let error: unknown = null;
      try {
        await sendReferral(personId, body);
      } catch (caught) {
        error = caught;
      }
      answers.push({
        organisationId: recipient.organisationId,
        organisationName: recipient.organisationName,
        outcome: sendOutcomeOf(error),
        message: isApiError(error) || error instanceof Error ? error.message : '',
        error,
      });
    }
    // A retry without identity updates its recipients' lines and keeps the others' answers.
    setResults((previous) =>
      merge ? previous.map((p) => answers.find((a) => a.organisationId === p.organisationId) ?? p) : answers,
    );
    setBusy(false);
    await refreshReferrals(queryClient);
    return answers;
  };

  /** Recipients refused for lack of consent: "Send without identity" retries only those. */
  const consentGaps = () =>
    results.filter((r) => r.outcome === 'consent_required').map((r) => r.organisationId);

  return { results, busy, run, consentGaps };
}
