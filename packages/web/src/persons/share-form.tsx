import { Alert, Button, Checkbox, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { can } from '../common/permissions.ts';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { useSharePerson } from './identification-queries.ts';
import { emptyShareDraft, isConsentRequired, type ShareDraft, shareBody, shareGaps } from './share-draft.ts';

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
  const [missing, setMissing] = useState<string[]>([]);
  const [overrideOffered, setOverrideOffered] = useState(false);
  const feedback = useRef<HTMLDivElement>(null);
  const serverErrors = useFieldErrors(share.error);
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
    const gaps = shareGaps(draft);
    setMissing(gaps);
    if (gaps.length > 0) return;
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
        <div ref={feedback} tabIndex={-1}>
          {consentMissing ? (
            <Alert color="red" role="alert" data-testid="share-consent-required">
              {canOverride ? t('person.consentRequiredOverride') : t('person.consentRequired')}
            </Alert>
          ) : (
            <ErrorAlert error={share.error} />
          )}
          {share.isSuccess ? (
            <Alert color="teal" role="status">
              {t('person.shared')}
            </Alert>
          ) : null}
        </div>
        <NativeSelect
          label={t('persons.organisation')}
          required
          value={draft.organisationId}
          onChange={(e) => set({ organisationId: e.currentTarget.value })}
          data={[
            { value: '', label: t('personForm.choose') },
            ...choices.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={missing.includes('organisationId') ? t('fieldErrors.required') : serverErrors.organisationId}
        />
        <Textarea
          label={t('person.shareReason')}
          description={t('person.shareReasonHelp')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={draft.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          error={missing.includes('reason') ? t('fieldErrors.required') : serverErrors.reason}
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
            label={t('referralForm.overrideReason')}
            description={t('referralForm.overrideHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={draft.overrideReason}
            onChange={(e) => set({ overrideReason: e.currentTarget.value })}
            error={serverErrors.overrideReason}
          />
        ) : null}
        <Button type="submit" variant="outline" w="fit-content" loading={share.isPending}>
          {t('person.share')}
        </Button>
      </Stack>
    </form>
  );
}
