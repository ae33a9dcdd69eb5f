import { Button, Fieldset, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, DecisionInput } from '../api/types.ts';
import { DateInput } from '../common/date-input.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
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
  const [missing, setMissing] = useState<string[]>([]);
  const serverErrors = useFieldErrors(record.error);
  const required = (field: string) =>
    missing.includes(field) ? t('fieldErrors.required') : serverErrors[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = [
      ...(outcome ? [] : ['outcome']),
      ...(decidedOn ? [] : ['decidedOn']),
      ...(grounds.trim() ? [] : ['grounds']),
    ];
    setMissing(gaps);
    if (gaps.length > 0 || !outcome) return;
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
        <ErrorAlert error={record.error} />
        <Fieldset legend={t('decisions.outcome')} variant="unstyled">
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
          {required('outcome') ? (
            <Text c="var(--mantine-color-error)" size="sm" mt="xs" role="alert">
              {required('outcome')}
            </Text>
          ) : null}
        </Fieldset>
        <DateInput
          label={t('decisions.decidedOn')}
          required
          max={localIsoDate(new Date())}
          value={decidedOn}
          onChange={(value) => setDecidedOn(value)}
          error={required('decidedOn')}
          w={220}
        />
        <Textarea
          label={t('decisions.grounds')}
          description={t('decisions.groundsHelp')}
          required
          autosize
          minRows={4}
          maxLength={5000}
          value={grounds}
          onChange={(e) => setGrounds(e.currentTarget.value)}
          error={required('grounds')}
        />
        <Button type="submit" w="fit-content" loading={record.isPending}>
          {t('decisions.record')}
        </Button>
      </Stack>
    </form>
  );
}
