import { Button, Checkbox, Fieldset, Group, Radio, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, ReferralProposal } from '../api/types.ts';
import { referralSections, referralServices, referralUrgencies } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { ErrorSummary } from '../common/error-summary.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import { HappenedEarlierField } from './happened-earlier-field.tsx';
import { RecipientsFieldset } from './recipients-fieldset.tsx';
import { buildSendRequests, draftGaps, initialDraft, type ReferralDraft } from './referral-draft.ts';
import { SendResults } from './send-results.tsx';
import { useSendReferrals } from './use-send-referrals.ts';

interface Props {
  personId: string;
  proposals: ReferralProposal[];
  organisations: Organisation[];
  canOverride: boolean;
}

/** "Refer": one referral per chosen recipient; whatever the answers, the form keeps its values. */
export function ReferralForm({ personId, proposals, organisations, canOverride }: Props) {
  const { t } = useTranslation();
  const urgencyName = useId();
  const [draft, setDraft] = useState<ReferralDraft>(() => initialDraft(proposals));
  const resultsRef = useRef<HTMLDivElement>(null);
  const send = useSendReferrals(personId);
  const title = useRef<HTMLHeadingElement>(null);
  // Opened by "Refer": take the user to the form they asked for.
  useEffect(() => title.current?.focus(), []);
  const set = (patch: Partial<ReferralDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // What the draft still lacks, read live: a gap fixed leaves the summary at once.
  const gaps = draftGaps(draft);
  const form = useFormErrors(null, {
    recipients: {
      id: 'referral-recipients',
      label: t('referralForm.recipients'),
      value: gaps.includes('recipients') ? null : true,
      required: true,
      requiredMessage: t('referralForm.noRecipient'),
    },
    services: {
      id: 'referral-services',
      label: t('referralForm.services'),
      value: gaps.includes('services') ? null : true,
      required: true,
      requiredMessage: t('referralForm.noServices'),
    },
  });

  const run = async (withoutIdentity: boolean) => {
    const requests = buildSendRequests(draft, { canOverride, withoutIdentity });
    const only = withoutIdentity ? send.consentGaps() : null;
    const results = await send.run(
      only ? requests.filter((r) => only.includes(r.recipient.organisationId)) : requests,
      withoutIdentity,
    );
    // Sent recipients are unticked, so sending again cannot duplicate them; the rest stays.
    const sent = results.filter((r) => r.outcome === 'sent').map((r) => r.organisationId);
    setDraft((d) => ({ ...d, chosen: d.chosen.filter((id) => !sent.includes(id)) }));
    requestAnimationFrame(() => resultsRef.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete = form.check();
    // A day in the future or left empty is already marked at its field: nothing to send.
    const badDay = draft.sentOn !== null && (draft.sentOn === '' || draft.sentOn > localIsoDate(new Date()));
    if (complete && !badDay) void run(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="referral-form-title" data-testid="referral-form">
      <Stack maw={760} gap="md">
        <Title order={2} size="h3" id="referral-form-title" ref={title} tabIndex={-1}>
          {t('referralForm.title')}
        </Title>
        <ErrorSummary items={form.summary} attempt={form.tried} />
        <SendResults
          results={send.results}
          headingRef={resultsRef}
          busy={send.busy}
          onSendWithoutIdentity={() => void run(true)}
        />
        <RecipientsFieldset
          draft={draft}
          onChange={setDraft}
          organisations={organisations}
          id="referral-recipients"
          error={form.errorOf('recipients')}
        />
        <CheckboxFieldset
          legend={t('referralForm.services')}
          options={referralServices.map((s) => ({ value: s, label: t(`referralVocabulary.services.${s}`) }))}
          value={draft.services}
          onChange={(services) => set({ services: services as ReferralDraft['services'] })}
          id="referral-services"
          error={form.errorOf('services')}
        />
        <Fieldset legend={t('referralForm.urgency')} variant="unstyled">
          <Group gap="lg">
            {referralUrgencies.map((u) => (
              <Radio
                key={u}
                name={urgencyName}
                value={u}
                label={t(`referralVocabulary.urgencies.${u}`)}
                checked={draft.urgency === u}
                onChange={() => set({ urgency: u })}
              />
            ))}
          </Group>
        </Fieldset>
        <Textarea
          label={t('referralForm.note')}
          description={t('referralForm.noteHelp')}
          autosize
          minRows={3}
          maxLength={5000}
          value={draft.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
        />
        <Checkbox
          label={t('referralForm.shareIdentity')}
          description={t('referralForm.shareIdentityHelp')}
          checked={draft.shareIdentity}
          onChange={(e) => set({ shareIdentity: e.currentTarget.checked })}
        />
        {canOverride && draft.shareIdentity ? (
          <Textarea
            label={t('referralForm.overrideReason')}
            description={t('referralForm.overrideHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={draft.overrideReason}
            onChange={(e) => set({ overrideReason: e.currentTarget.value })}
          />
        ) : null}
        <HappenedEarlierField
          value={draft.sentOn}
          onChange={(sentOn) => set({ sentOn })}
          checkboxLabel={t('referralForm.sentEarlier')}
          dateLabel={t('referralForm.sentOn')}
          help={t('referralForm.sentOnHelp')}
          field="sentOn"
          error={send.results.find((r) => r.outcome === 'date_refused')?.error}
        />
        <CheckboxFieldset
          legend={t('referralForm.sections')}
          options={referralSections.map((s) => ({ value: s, label: t(`referralVocabulary.sections.${s}`) }))}
          value={draft.sections}
          onChange={(sections) => set({ sections: sections as ReferralDraft['sections'] })}
        />
        <Button type="submit" w="fit-content" loading={send.busy}>
          {t('referralForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
