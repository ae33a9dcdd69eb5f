import { Button, Fieldset, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, DecisionInput } from '../api/types.ts';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useFormat } from '../i18n/format.ts';
import { useRecordDecision } from './identification-queries.ts';
import { localIsoDate } from './screened-at.ts';

interface Props {
  personId: string;
  reconsidering: Decision | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCancelReconsider: () => void;
  onRecorded: () => void;
}

type Outcome = DecisionInput['outcome'];

/** Records a decision of the signed-in user's organisation, or a reconsideration of one. */
export function DecisionForm({ personId, reconsidering, headingRef, onCancelReconsider, onRecorded }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecordDecision(personId);
  const name = useId();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [decidedOn, setDecidedOn] = useState(() => localIsoDate(new Date()));
  const [grounds, setGrounds] = useState('');
  const form = useFormErrors(record.error, {
    outcome: { id: `${name}-outcome`, label: t('decisions.outcome'), value: outcome, required: true },
    decidedOn: { label: t('decisions.decidedOn'), value: decidedOn, required: true },
    grounds: { label: t('decisions.grounds'), value: grounds, required: true },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check() || !outcome) return;
    record.mutate(
      {
        outcome,
        decidedOn,
        grounds: grounds.trim(),
        ...(reconsidering ? { reconsiders: reconsidering.id } : {}),
      },
      {
        onSuccess: () => {
          setOutcome('');
          setGrounds('');
          onRecorded();
          requestAnimationFrame(() => headingRef.current?.focus());
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-form-title" data-testid="decision-form">
      <Stack maw={720} gap="sm">
        <Title order={2} size="h3" id="decision-form-title" ref={headingRef} tabIndex={-1}>
          {reconsidering ? t('decisions.reconsiderTitle') : t('decisions.newTitle')}
        </Title>
        <Text size="sm">{t('decisions.byOwnOrganisation')}</Text>
        {reconsidering ? (
          <Group gap="sm">
            <Text size="sm" data-testid="reconsidering">
              {t('decisions.reconsidering', { date: format.date(reconsidering.decidedOn) })}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={onCancelReconsider}>
              {t('decisions.cancelReconsider')}
            </Button>
          </Group>
        ) : null}
        <FormErrorsAtTop form={form} error={record.error} />
        <Fieldset id={`${name}-outcome`} tabIndex={-1} legend={t('decisions.outcome')} variant="unstyled">
          <Group gap="lg">
            {(['identified', 'not_victim'] as const).map((value) => (
              <Radio
                key={value}
                name={name}
                value={value}
                label={t(`vocabulary.decisionOutcomes.${value}`)}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
            ))}
          </Group>
          {form.errorOf('outcome') ? (
            <Text c="var(--mantine-color-error)" size="sm" mt="xs" role="alert">
              {form.errorOf('outcome')}
            </Text>
          ) : null}
        </Fieldset>
        <DateInput
          max={localIsoDate(new Date())}
          value={decidedOn}
          onChange={(value) => setDecidedOn(value)}
          {...form.field('decidedOn')}
          w={220}
        />
        <Textarea
          description={t('decisions.groundsHelp')}
          autosize
          minRows={4}
          maxLength={5000}
          value={grounds}
          onChange={(e) => setGrounds(e.currentTarget.value)}
          {...form.field('grounds')}
        />
        <Button type="submit" w="fit-content" loading={record.isPending}>
          {t('decisions.record')}
        </Button>
      </Stack>
    </form>
  );
}
