import { Anchor, Button, Group, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import {
  hotlineCallerTypes,
  hotlineChannels,
  hotlineOutcomes,
  hotlineTopics,
  preventionLanguages,
} from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAlerts } from '../alerts/alert-queries.ts';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { FormSection } from './form-section.tsx';
import { type RecordHotlineContactInput, useRecordHotlineContact } from './prevention-queries.ts';

type Input = RecordHotlineContactInput;
const empty = {
  contactedAt: '',
  channel: 'phone' as Input['channel'],
  language: 'az' as Input['language'],
  callerType: 'anonymous' as Input['callerType'],
  topic: 'working_abroad' as Input['topic'],
  outcome: 'information_given' as Input['outcome'],
  alertId: '',
  referredToOrganisationId: '',
  callerIdentity: '',
  notes: '',
};

/**
 * The operator's screen on a live call: five choices, already set to the commonest answers, and
 * a button. The time is "now" unless typed; the caller's identity only if they give it (sealed).
 */
export function HotlineForm() {
  const { t } = useTranslation();
  const record = useRecordHotlineContact();
  const { permissions } = useSession();
  const alerts = useAlerts();
  const organisations = useOrganisations();
  const [draft, setDraft] = useState(empty);
  const form = useFormErrors(record.error, {
    ...Object.fromEntries(
      (['channel', 'language', 'callerType', 'topic', 'outcome'] as const).map((key) => [
        key,
        { label: t(`hotline.${key}`), value: draft[key] },
      ]),
    ),
    alertId: { label: t('hotline.alert'), value: draft.alertId },
    referredToOrganisationId: { label: t('hotline.referredTo'), value: draft.referredToOrganisationId },
    contactedAt: { label: t('hotline.contactedAt'), value: draft.contactedAt },
  });
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        ...(draft.contactedAt ? { contactedAt: new Date(draft.contactedAt).toISOString() } : {}),
        channel: draft.channel,
        language: draft.language,
        callerType: draft.callerType,
        topic: draft.topic,
        outcome: draft.outcome,
        alertId: draft.alertId || null,
        referredToOrganisationId: draft.referredToOrganisationId || null,
        callerIdentity: draft.callerIdentity.trim() || null,
        notes: draft.notes.trim() || null,
      },
      // Cleared at once: the next call must not start with this caller's details on screen.
      { onSuccess: () => setDraft(empty) },
    );
  };
  const select = <K extends 'channel' | 'language' | 'callerType' | 'topic' | 'outcome'>(
    key: K,
    values: readonly (typeof empty)[K][],
    group: 'hotlineChannels' | 'languages' | 'callerTypes' | 'hotlineTopics' | 'outcomes',
  ) => (
    <NativeSelect
      label={t(`hotline.${key}`)}
      value={draft[key]}
      onChange={(e) => set(key, e.currentTarget.value as (typeof empty)[K])}
      data={values.map((v) => ({ value: v, label: t(`preventionVocabulary.${group}.${v}` as never) }))}
      id={form.field(key).id}
      error={form.errorOf(key)}
    />
  );
  return (
    <FormSection
      id="hotline-form"
      title={t('hotline.record')}
      error={record.error}
      form={form}
      savedText={record.isSuccess ? t('hotline.recorded') : null}
      onSubmit={submit}
    >
      <Group grow align="flex-start">
        {select('channel', hotlineChannels, 'hotlineChannels')}
        {select('language', preventionLanguages, 'languages')}
        {select('callerType', hotlineCallerTypes, 'callerTypes')}
      </Group>
      <Group grow align="flex-start">
        {select('topic', hotlineTopics, 'hotlineTopics')}
        {select('outcome', hotlineOutcomes, 'outcomes')}
      </Group>
      {draft.outcome === 'alert_created' ? (
        <Group align="flex-end">
          <NativeSelect
            description={t('hotline.alertHelp')}
            value={draft.alertId}
            onChange={(e) => set('alertId', e.currentTarget.value)}
            data={[
              { value: '', label: t('hotline.noAlert') },
              // The newest page: the alert a call led to was raised moments ago.
              ...(alerts.data?.pages[0]?.alerts ?? []).map((a) => ({ value: a.id, label: a.title })),
            ]}
            {...form.field('alertId')}
          />
          {can(permissions, 'alert:create') ? (
            <Anchor component={Link} to="/alerts" size="sm">
              {t('hotline.raiseAlert')}
            </Anchor>
          ) : null}
        </Group>
      ) : null}
      {draft.outcome === 'referred_to_organisation' ? (
        <NativeSelect
          value={draft.referredToOrganisationId}
          onChange={(e) => set('referredToOrganisationId', e.currentTarget.value)}
          data={[
            { value: '', label: t('hotline.noOrganisation') },
            ...(organisations.data ?? [])
              .filter((o) => o.active)
              .map((o) => ({ value: o.id, label: o.name })),
          ]}
          {...form.field('referredToOrganisationId')}
        />
      ) : null}
      <TextInput
        description={t('hotline.contactedAtHelp')}
        type="datetime-local"
        w={300}
        value={draft.contactedAt}
        onChange={(e) => set('contactedAt', e.currentTarget.value)}
        {...form.field('contactedAt')}
      />
      <TextInput
        label={t('hotline.callerIdentity')}
        description={t('hotline.callerIdentityHelp')}
        maxLength={500}
        autoComplete="off"
        value={draft.callerIdentity}
        onChange={(e) => set('callerIdentity', e.currentTarget.value)}
      />
      <Textarea
        label={t('hotline.notes')}
        description={t('hotline.notesHelp')}
        maxLength={2000}
        autosize
        minRows={2}
        value={draft.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" loading={record.isPending}>
          {t('hotline.submit')}
        </Button>
        <Text size="sm">{t('hotline.sealedNote')}</Text>
      </Group>
    </FormSection>
  );
}
