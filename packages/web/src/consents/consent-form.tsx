import { Alert, Button, Fieldset, Group, NativeSelect, Radio, Stack, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentMeans, consentPurposes, type Organisation } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import { buildConsentBody, type ConsentDraft, consentGaps, emptyConsentDraft } from './consent-draft.ts';
import { useRecordConsent } from './consent-queries.ts';

/** Records the person's consent: to what, shared with whom, by what means and when it was given. */
export function ConsentForm({
  personId,
  organisations,
}: {
  personId: string;
  organisations: Organisation[];
}) {
  const { t } = useTranslation();
  const scopeName = useId();
  const record = useRecordConsent(personId);
  const [draft, setDraft] = useState<ConsentDraft>(() => emptyConsentDraft(localIsoDate(new Date())));
  const set = (patch: Partial<ConsentDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // The draft's gaps, read live: each leaves the summary as soon as it is filled.
  const gaps = consentGaps(draft);
  const filled = (field: (typeof gaps)[number], value: unknown) => (gaps.includes(field) ? null : value);
  const form = useFormErrors(record.error, {
    purposes: {
      id: 'consent-purposes',
      label: t('consents.purposes'),
      value: filled('purposes', draft.purposes),
      required: true,
      requiredMessage: t('consents.needPurpose'),
    },
    organisationIds: {
      id: 'consent-organisations',
      label: t('consents.organisations'),
      value: filled('organisationIds', true),
      required: draft.scope === 'chosen',
      requiredMessage: t('consents.needOrganisation'),
    },
    means: { label: t('consents.means'), value: filled('means', draft.means), required: true },
    givenOn: { label: t('consents.givenOn'), value: filled('givenOn', draft.givenOn), required: true },
  });
  const active = organisations.filter((o) => o.active).sort((a, b) => a.name.localeCompare(b.name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.check() ? buildConsentBody(draft) : null;
    if (!body) return;
    // Cleared only on success: a refused or failed request keeps every answer.
    record.mutate(body, { onSuccess: () => setDraft(emptyConsentDraft(localIsoDate(new Date()))) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="consent-form-title" data-testid="consent-form">
      <Stack maw={720} gap="sm">
        <Title order={2} size="h3" id="consent-form-title">
          {t('consents.newTitle')}
        </Title>
        <FormErrorsAtTop form={form} error={record.error} />
        {record.isSuccess ? (
          <Alert color="teal" role="status">
            {t('consents.recorded')}
          </Alert>
        ) : null}
        <CheckboxFieldset
          legend={t('consents.purposes')}
          options={consentPurposes.map((p) => ({ value: p, label: t(`referralVocabulary.purposes.${p}`) }))}
          value={draft.purposes}
          onChange={(purposes) => set({ purposes: purposes as ConsentDraft['purposes'] })}
          id="consent-purposes"
          error={form.errorOf('purposes')}
        />
        <Fieldset legend={t('consents.scope')} variant="unstyled">
          <Group gap="lg">
            {(['any', 'chosen'] as const).map((scope) => (
              <Radio
                key={scope}
                name={scopeName}
                value={scope}
                label={scope === 'any' ? t('consents.scopeAny') : t('consents.scopeChosen')}
                checked={draft.scope === scope}
                onChange={() => set({ scope })}
              />
            ))}
          </Group>
        </Fieldset>
        {draft.scope === 'chosen' ? (
          <CheckboxFieldset
            legend={t('consents.organisations')}
            options={active.map((o) => ({ value: o.id, label: o.name }))}
            value={draft.organisationIds}
            onChange={(organisationIds) => set({ organisationIds })}
            id="consent-organisations"
            error={form.errorOf('organisationIds')}
          />
        ) : null}
        <NativeSelect
          value={draft.means}
          onChange={(e) => set({ means: e.currentTarget.value as ConsentDraft['means'] })}
          data={[
            { value: '', label: t('consents.chooseMeans') },
            ...consentMeans.map((m) => ({ value: m, label: t(`referralVocabulary.means.${m}`) })),
          ]}
          {...form.field('means')}
          w={320}
        />
        <DateInput
          max={localIsoDate(new Date())}
          value={draft.givenOn}
          onChange={(value) => set({ givenOn: value })}
          {...form.field('givenOn')}
          w={220}
        />
        <Button type="submit" w="fit-content" loading={record.isPending}>
          {t('consents.submit')}
        </Button>
      </Stack>
    </form>
  );
}
