import { Alert, Button, Grid, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { currentLocale } from '../i18n/i18n.ts';
import { useRecordScreening } from './identification-queries.ts';
import { IndicatorQuestions } from './indicator-questions.tsx';
import { ListProvenance } from './list-provenance.tsx';
import { outcomeReasonRequired, type ScreeningOutcome } from './outcome-agreement.ts';
import { phraseReasons } from './phrase-reasons.ts';
import { PopulationFieldset } from './population-fieldset.tsx';
import { prefilledOutcome } from './prefilled-outcome.ts';
import { screenedAtFrom } from './screened-at.ts';
import { clearScreeningDraft, readScreeningDraft, saveScreeningDraft } from './screening-draft.ts';
import { ScreeningOutcomeFields } from './screening-outcome-fields.tsx';
import { ScreeningRecommendation } from './screening-recommendation.tsx';
import { StepButtons } from './screening-step-buttons.tsx';
import { ScreeningSteps } from './screening-steps.tsx';
import { useLiveScreening } from './use-live-screening.ts';

/**
 * A screening interview: the recommendation is scored in the browser on every answer with the
 * same pure code the server re-scores with, so the screener sees at once what the answers imply.
 */
export function ScreeningForm({ file, onDone }: { file: PersonFile; onDone: (recorded: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const record = useRecordScreening(file.person.id);
  const personId = file.person.id;
  const [resumed] = useState(() => readScreeningDraft(personId));
  const live = useLiveScreening(file.person.childAtIdentification ? 'child' : 'adult', resumed);
  const { lists, list, usable, chosen, scoringList, population, answerList, score } = live;
  // '' until the screener chooses: the outcome shown is then the recommendation's.
  const [chosenOutcome, setOutcome] = useState<ScreeningOutcome | ''>(resumed?.outcome ?? '');
  const [reason, setReason] = useState(resumed?.reason ?? '');
  const [date, setDate] = useState(resumed?.date ?? '');
  const [step, setStep] = useState(resumed?.step ?? 0);
  const feedback = useRef<HTMLDivElement>(null);

  const recommendation = score?.recommendation ?? null;
  const outcome = chosenOutcome || prefilledOutcome(recommendation, answerList.length);
  const steps = scoringList?.dimensions.length ?? 0;
  const current = scoringList?.dimensions[Math.min(step, Math.max(steps - 1, 0))];

  // Every change is kept for the tab's life, so a reload resumes the interview where it was.
  useEffect(() => {
    saveScreeningDraft(personId, {
      population,
      listKey: chosen?.key ?? '',
      answers: live.answers,
      step,
      outcome: chosenOutcome,
      reason,
      date,
    });
  }, [personId, population, chosen?.key, live.answers, step, chosenOutcome, reason, date]);

  const finish = (recorded: boolean) => {
    clearScreeningDraft(personId);
    onDone(recorded);
  };
  const goTo = (next: number) => {
    setStep(next);
    // The new questions replace the old: move focus to them, as a page change would.
    requestAnimationFrame(() => document.getElementById('screening-questions')?.focus());
  };
  const reasonRequired = outcomeReasonRequired(recommendation, outcome);
  const form = useFormErrors(record.error, {
    outcome: { id: 'screening-outcome', label: t('screening.outcome'), value: outcome, required: true },
    outcomeReason: {
      id: 'screening-outcome-reason',
      label: t('screening.outcomeReason'),
      value: reason,
      required: reasonRequired,
      requiredMessage: t('screening.reasonRequired'),
    },
    screenedAt: { id: 'screening-date', label: t('screening.date'), value: date },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check() || !chosen || !outcome) return;
    const screenedAt = screenedAtFrom(date);
    record.mutate(
      {
        listKey: chosen.key,
        listVersion: scoringList?.version ?? chosen.version,
        population,
        answers: answerList,
        outcome,
        outcomeReason: reason.trim() || null,
        ...(screenedAt ? { screenedAt } : {}),
      },
      {
        onSuccess: () => finish(true),
        onError: () => requestAnimationFrame(() => feedback.current?.focus()),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="screening-form-title" data-testid="screening-form">
      <Stack>
        <Title order={2} size="h3" id="screening-form-title">
          {t('screening.newTitle')}
        </Title>
        <div ref={feedback} tabIndex={-1}>
          <FormErrorsAtTop form={form} error={record.error} />
          <ErrorAlert error={lists.error ?? list.error} />
        </div>
        <Group align="flex-end" gap="lg">
          <PopulationFieldset
            value={population}
            onChange={(next) => {
              live.setPopulation(next);
              setStep(0);
            }}
          />
          <NativeSelect
            label={t('screening.list')}
            value={chosen?.key ?? ''}
            onChange={(e) => {
              live.chooseList(e.currentTarget.value);
              setStep(0);
            }}
            data={usable.map((l) => ({
              value: l.key,
              label: `${l.title[locale]} (${t('screening.version', { version: l.version })})`,
            }))}
            w={{ base: '100%', sm: 520 }}
          />
        </Group>
        {lists.isPending || list.isPending ? <PageLoader /> : null}
        {list.data ? (
          <Paper withBorder p="sm" component="section" aria-labelledby="screening-list-provenance">
            <Text fw={600} size="sm" id="screening-list-provenance" mb={4}>
              {t('provenance.heading')}
            </Text>
            <ListProvenance
              list={list.data}
              locale={locale}
              titleOf={(key) => lists.data?.find((l) => l.key === key)?.title[locale] ?? key}
              testId="screening-list-provenance"
            />
          </Paper>
        ) : null}
        {scoringList?.rule === 'ilo_ec_2009' && population === 'child' ? (
          // A child recruited without any means can never be positive under this rule: say so first.
          <Alert
            color="blue"
            variant="light"
            title={t('provenance.childRuleTitle')}
            data-testid="child-rule"
            role="note"
          >
            {t('provenance.childRule')}
          </Alert>
        ) : null}
        {scoringList ? (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Text size="sm" mb="sm">
                {scoringList.description[locale]}
              </Text>
              <Stack gap="md">
                <ScreeningSteps
                  list={scoringList}
                  locale={locale}
                  answers={live.answers}
                  step={step}
                  onStep={goTo}
                />
                <div id="screening-questions" tabIndex={-1}>
                  <IndicatorQuestions
                    list={scoringList}
                    locale={locale}
                    answers={live.answers}
                    onAnswer={live.answer}
                    dimension={current?.key}
                  />
                </div>
                <StepButtons step={step} steps={steps} onStep={goTo} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack className="sticky-aside">
                {score ? (
                  <ScreeningRecommendation
                    live
                    recommendation={score.recommendation}
                    reasons={phraseReasons(score.reasons, i18n.language, scoringList)}
                    testId="screening-recommendation"
                  />
                ) : null}
                <ScreeningOutcomeFields
                  outcome={outcome}
                  onOutcome={setOutcome}
                  reason={reason}
                  onReason={setReason}
                  reasonRequired={reasonRequired}
                  date={date}
                  onDate={setDate}
                  errors={{
                    outcome: form.errorOf('outcome'),
                    outcomeReason: form.errorOf('outcomeReason'),
                    screenedAt: form.errorOf('screenedAt'),
                  }}
                />
                <Group>
                  <Button type="submit" loading={record.isPending}>
                    {t('screening.record')}
                  </Button>
                  <Button variant="default" onClick={() => finish(false)}>
                    {t('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Grid.Col>
          </Grid>
        ) : null}
      </Stack>
    </form>
  );
}
