import { Alert } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import type { Referral } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ReasonDialog } from './reason-dialog.tsx';
import { type ReferralTransition, reasonNeed } from './referral-actions.ts';
import { useReferralTransition } from './referral-queries.ts';

interface Outcome {
  action: ReferralTransition;
  error: unknown;
}

/**
 * Runs accept / decline / complete / withdraw for any referral on the page: asks for a reason
 * where one is needed, then says what happened in one place and moves focus there, because
 * the row the user acted on may have moved to another section meanwhile.
 */
export function useReferralActions(): {
  /** `happenedOn`: the day it happened, when the user said it was earlier than today. */
  start: (referral: Referral, action: ReferralTransition, happenedOn?: string) => void;
  busyId: string | null;
  /** The last action's failure, if it failed (a refused date is shown at its field). */
  error: unknown;
  view: ReactNode;
} {
  const { t } = useTranslation();
  const transition = useReferralTransition();
  const [asking, setAsking] = useState<{
    referral: Referral;
    action: ReferralTransition;
    happenedOn?: string;
  } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const feedback = useRef<HTMLDivElement>(null);

  const run = (referral: Referral, action: ReferralTransition, reason?: string, happenedOn?: string) => {
    setOutcome(null);
    transition.mutate(
      { id: referral.id, action, reason, happenedOn },
      {
        onSuccess: () => {
          setAsking(null);
          setOutcome({ action, error: null });
          requestAnimationFrame(() => feedback.current?.focus());
        },
        onError: (error) => {
          // The dialog stays open on a plain error (the reason is kept); a changed state or
          // lost access closes it, since retrying cannot help.
          if (!asking || (isApiError(error) && [403, 409].includes(error.status))) setAsking(null);
          setOutcome({ action, error });
          requestAnimationFrame(() => feedback.current?.focus());
        },
      },
    );
  };

  const start = (referral: Referral, action: ReferralTransition, happenedOn?: string) => {
    transition.reset();
    setOutcome(null);
    if (reasonNeed(action) === 'none') run(referral, action, undefined, happenedOn);
    else setAsking({ referral, action, happenedOn });
  };

  const changed = isApiError(outcome?.error) && outcome.error.code === 'invalid_transition';
  const view = (
    <>
      <div ref={feedback} tabIndex={-1} data-testid="referral-action-feedback">
        {outcome && !outcome.error ? (
          <Alert color="teal" role="status">
            {t(`referrals.done.${outcome.action}`)}
          </Alert>
        ) : null}
        {outcome?.error && changed ? (
          <Alert color="orange" role="alert">
            {t('referrals.changedMeanwhile', { message: (outcome.error as Error).message })}
          </Alert>
        ) : null}
        {outcome?.error && !changed && !asking ? <ErrorAlert error={outcome.error} /> : null}
      </div>
      {asking ? (
        <ReasonDialog
          opened
          title={t(
            asking.action === 'decline' ? 'referralActions.declineTitle' : 'referralActions.withdrawTitle',
          )}
          help={t(
            asking.action === 'decline' ? 'referralActions.declineHelp' : 'referralActions.withdrawHelp',
          )}
          confirmLabel={t(`referralActions.${asking.action}`)}
          required={reasonNeed(asking.action) === 'required'}
          busy={transition.isPending}
          error={outcome?.error}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => run(asking.referral, asking.action, reason, asking.happenedOn)}
        />
      ) : null}
    </>
  );
  return {
    start,
    busyId: transition.isPending ? (transition.variables?.id ?? null) : null,
    error: outcome?.error ?? null,
    view,
  };
}
