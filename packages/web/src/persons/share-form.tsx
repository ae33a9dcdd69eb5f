import { Alert, Button, Checkbox, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ErrorSummary } from '../common/error-summary.tsx';
import { can } from '../common/permissions.ts';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { useSharePerson } from './identification-queries.ts';
import { emptyShareDraft, isConsentRequired, type ShareDraft, shareBody } from './share-draft.ts';

/**
 * Gives one more organisation access, with the reason that the audit log keeps. Identity goes
 * with it only when ticked, and the server lets it only on a consent covering the organisation,
 * the child rule, or (for those holding that right) an override with its reason: the override
 * field is offered once the server has said that consent is missing, not before.
 */
export function ShareForm({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const share = useSharePerson(file.person.id);
  const [draft, setDraft] = useState<ShareDraft>(emptyShareDraft);
  const [overrideOffered, setOverrideOffered] = useState(false);
  const feedback = useRef<HTMLDivElement>(null);
  // The same summary and words as every form ("Fill in “Reason for sharing”."), in the form's order.
  const form = useFormErrors(share.error, {
    organisationId: { label: t('persons.organisation'), value: draft.organisationId, required: true },
    reason: { label: t('person.shareReason'), value: draft.reason, required: true },
    overrideReason: { label: t('referralForm.overrideReason'), value: draft.overrideReason },
  });
  // A role right, not a record action: the server still checks it against this record.
  const canOverride = can(permissions, 'consent_override:create');
  const consentMissing = isConsentRequired(share.error);
  const holding = new Set(file.organisations.map((o) => o.id));
  const choices = (organisations.data ?? [])
    .filter((o) => o.active && !holding.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const set = (patch: Partial<ShareDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    share.mutate(shareBody(draft), {
      onSuccess: () => {
        setDraft(emptyShareDraft);
        setOverrideOffered(false);
      },
      onError: (error) => {
        if (isConsentRequired(error) && canOverride) setOverrideOffered(true);
        requestAnimationFrame(() => feedback.current?.focus());
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="share-title" data-testid="share-form">
      <Stack maw={640} gap="sm">
        <Title order={3} size="h4" id="share-title">
          {t('person.shareTitle')}
        </Title>
        <ErrorSummary items={form.summary} attempt={form.tried} note={form.serverMessage} />
        <div ref={feedback} tabIndex={-1}>
          {consentMissing ? (
            <Alert color="red" role="alert" data-testid="share-consent-required">
              {canOverride ? t('person.consentRequiredOverride') : t('person.consentRequired')}
            </Alert>
          ) : share.error && !form.explainsServerError ? (
            <ErrorAlert error={share.error} />
          ) : null}
          {share.isSuccess ? (
            <Alert color="teal" role="status">
              {t('person.shared')}
            </Alert>
          ) : null}
        </div>
        <NativeSelect
          {...form.field('organisationId')}
          value={draft.organisationId}
          onChange={(e) => set({ organisationId: e.currentTarget.value })}
          data={[
            { value: '', label: t('personForm.choose') },
            ...choices.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <Textarea
          {...form.field('reason')}
          description={t('person.shareReasonHelp')}
          autosize
          minRows={2}
          maxLength={500}
          value={draft.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
        />
        {/* Only those who may see the identity can pass it on (nobody gives more than they hold). */}
        {file.may.reveal_identity ? (
          <Checkbox
            label={t('person.shareIdentity')}
            description={t('person.shareIdentityHelp')}
            checked={draft.shareIdentity}
            onChange={(e) => set({ shareIdentity: e.currentTarget.checked })}
          />
        ) : null}
        {overrideOffered && draft.shareIdentity ? (
          <Textarea
            {...form.field('overrideReason')}
            description={t('referralForm.overrideHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={draft.overrideReason}
            onChange={(e) => set({ overrideReason: e.currentTarget.value })}
          />
        ) : null}
        <Button type="submit" variant="outline" w="fit-content" loading={share.isPending}>
          {t('person.share')}
        </Button>
      </Stack>
    </form>
  );
}
