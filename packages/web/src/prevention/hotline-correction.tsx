import { Button, Group, NativeSelect } from '@mantine/core';
import { hotlineOutcomes, hotlineTopics } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlerts } from '../alerts/alert-queries.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { type CorrectHotlineContactInput, useCorrectHotlineContact } from './prevention-queries.ts';

type Contact = CorrectHotlineContactInput & { id: string; contactedAt: string };

/**
 * A wrong choice made on a live call, put right afterwards: the topic, the outcome and the alert
 * raised after the call. The rest of the contact goes back as it was; the server keeps the
 * caller and the notes sealed and audits which fields changed.
 */
export function HotlineCorrection({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const { t } = useTranslation();
  const correct = useCorrectHotlineContact();
  const alerts = useAlerts();
  const [draft, setDraft] = useState({
    topic: contact.topic,
    outcome: contact.outcome,
    alertId: contact.alertId ?? '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    correct.mutate(
      {
        id: contact.id,
        contactedAt: contact.contactedAt,
        channel: contact.channel,
        language: contact.language,
        callerType: contact.callerType,
        topic: draft.topic,
        outcome: draft.outcome,
        referredToOrganisationId: contact.referredToOrganisationId ?? null,
        alertId: draft.outcome === 'alert_created' ? draft.alertId || null : null,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="hotline-correction-form">
      <ErrorAlert error={correct.error} />
      <Group align="flex-end">
        <NativeSelect
          label={t('hotline.topic')}
          value={draft.topic}
          onChange={(e) => setDraft({ ...draft, topic: e.currentTarget.value as Contact['topic'] })}
          data={hotlineTopics.map((v) => ({ value: v, label: t(`preventionVocabulary.hotlineTopics.${v}`) }))}
        />
        <NativeSelect
          label={t('hotline.outcome')}
          value={draft.outcome}
          onChange={(e) => setDraft({ ...draft, outcome: e.currentTarget.value as Contact['outcome'] })}
          data={hotlineOutcomes.map((v) => ({ value: v, label: t(`preventionVocabulary.outcomes.${v}`) }))}
        />
        {draft.outcome === 'alert_created' ? (
          <NativeSelect
            label={t('hotline.alert')}
            value={draft.alertId}
            onChange={(e) => setDraft({ ...draft, alertId: e.currentTarget.value })}
            data={[
              { value: '', label: t('hotline.noAlert') },
              ...(alerts.data?.pages[0]?.alerts ?? []).map((a) => ({ value: a.id, label: a.title })),
            ]}
          />
        ) : null}
        <Button type="submit" loading={correct.isPending}>
          {t('prevention.saveCorrection')}
        </Button>
      </Group>
    </form>
  );
}
