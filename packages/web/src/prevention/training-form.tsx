import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { trainedBodyTypes, trainingTopics } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { FormSection, todayIso } from './form-section.tsx';
import { type RecordTrainingInput, useRecordTraining } from './prevention-queries.ts';

type BodyType = (typeof trainedBodyTypes)[number];

/**
 * Records a training of officials with its participants per body type: a body left at zero was
 * not trained, which is what the statistics need to say "no training for diplomats".
 */
export function TrainingForm() {
  const { t } = useTranslation();
  const record = useRecordTraining();
  const empty = {
    startedOn: todayIso(),
    endedOn: '',
    title: '',
    topic: 'identification' as RecordTrainingInput['topic'],
    organiser: '',
    participants: {} as Partial<Record<BodyType, number>>,
  };
  const [draft, setDraft] = useState(empty);
  const participants = trainedBodyTypes
    .filter((b) => (draft.participants[b] ?? 0) > 0)
    .map((bodyType) => ({ bodyType, participants: draft.participants[bodyType] ?? 0 }));
  const form = useFormErrors(record.error, {
    startedOn: { label: t('prevention.startedOn'), value: draft.startedOn, required: true },
    endedOn: { label: t('prevention.endedOn'), value: draft.endedOn },
    title: { label: t('prevention.trainingTitle'), value: draft.title, required: true },
    participants: {
      id: 'training-participants',
      label: t('prevention.participantsByBody'),
      value: participants,
      required: true,
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    record.mutate(
      {
        startedOn: draft.startedOn,
        ...(draft.endedOn ? { endedOn: draft.endedOn } : {}),
        title: draft.title.trim(),
        topic: draft.topic,
        organiser: draft.organiser.trim(),
        participants,
      },
      { onSuccess: () => setDraft(empty) },
    );
  };
  return (
    <FormSection
      id="training-form"
      title={t('prevention.recordTraining')}
      error={record.error}
      form={form}
      savedText={record.isSuccess ? t('prevention.recorded') : null}
      onSubmit={submit}
    >
      <Group grow align="flex-start">
        <DateInput
          value={draft.startedOn}
          onChange={(value) => setDraft({ ...draft, startedOn: value })}
          {...form.field('startedOn')}
        />
        <DateInput
          value={draft.endedOn}
          onChange={(value) => setDraft({ ...draft, endedOn: value })}
          {...form.field('endedOn')}
        />
      </Group>
      <TextInput
        maxLength={200}
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
        {...form.field('title')}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('prevention.topic')}
          value={draft.topic}
          onChange={(e) =>
            setDraft({ ...draft, topic: e.currentTarget.value as RecordTrainingInput['topic'] })
          }
          data={trainingTopics.map((x) => ({ value: x, label: t(`preventionVocabulary.topics.${x}`) }))}
        />
        <TextInput
          label={t('prevention.organiser')}
          maxLength={200}
          value={draft.organiser}
          onChange={(e) => setDraft({ ...draft, organiser: e.currentTarget.value })}
        />
      </Group>
      <Fieldset
        legend={t('prevention.participantsByBody')}
        id="training-participants"
        tabIndex={-1}
        variant="unstyled"
        data-testid="training-participants"
      >
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {trainedBodyTypes.map((b) => (
            <NumberInput
              key={b}
              label={t(`preventionVocabulary.bodies.${b}`)}
              min={0}
              allowDecimal={false}
              value={draft.participants[b] ?? ''}
              onChange={(v) =>
                setDraft({
                  ...draft,
                  participants: { ...draft.participants, [b]: typeof v === 'number' ? v : 0 },
                })
              }
            />
          ))}
        </SimpleGrid>
        {form.errorOf('participants') ? (
          <Text c="red.8" size="sm" role="alert" mt="xs">
            {t('prevention.participantsRequired')}
          </Text>
        ) : null}
      </Fieldset>
      <Group>
        <Button type="submit" loading={record.isPending}>
          {t('prevention.recordTrainingSubmit')}
        </Button>
      </Group>
    </FormSection>
  );
}
