import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { closeReasons, nextStages, verdicts } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import type { CaseDefendant } from './case-queries.ts';
import { useRecordStage } from './case-queries.ts';

type Stage = CaseDefendant['stage'];
type Verdict = (typeof verdicts)[number];
type CloseReason = (typeof closeReasons)[number];

const noSentence = {
  prisonMonths: 0,
  suspended: false,
  fine: 0,
  confiscation: false,
  compensationOrdered: 0,
  compensationPaid: 0,
};

/**
 * The next stage of one defendant on the day it happened: only the stages that may follow the
 * current one are offered (the server holds the same table and the order of the days). The
 * defendant's version goes with it, so two people recording at once get one stage and a 409.
 */
export function RecordStageForm({ caseId, defendant: d }: { caseId: string; defendant: CaseDefendant }) {
  const { t } = useTranslation();
  const record = useRecordStage(caseId, d.id);
  const today = localIsoDate(new Date());
  const offered = nextStages[d.stage];
  const [stage, setStage] = useState<Stage | ''>('');
  const [occurredOn, setOccurredOn] = useState(today);
  const [verdict, setVerdict] = useState<Verdict>('convicted');
  const [closeReason, setCloseReason] = useState<CloseReason>('insufficient_evidence');
  const [sentence, setSentence] = useState(noSentence);
  const chosen = stage || offered[0];
  const formId = `stage-${d.id}`;
  const form = useFormErrors(record.error, {
    occurredOn: { label: t('stageForm.occurredOn'), value: occurredOn, required: true },
    prisonMonths: { label: t('stageForm.prisonMonths'), value: sentence.prisonMonths },
    ...Object.fromEntries(
      (['fine', 'compensationOrdered', 'compensationPaid'] as const).map((key) => [
        key,
        { label: t(`stageForm.${key}`), value: sentence[key] },
      ]),
    ),
  });

  if (!chosen) return <Text c="dimmed">{t('stageForm.nothingNext')}</Text>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    record.mutate(
      {
        version: d.version,
        stage: chosen,
        occurredOn,
        ...(chosen === 'verdict' ? { verdict, ...(verdict === 'closed' ? { closeReason } : {}) } : {}),
        ...(chosen === 'sentence' ? { sentence } : {}),
      },
      { onSuccess: () => setStage('') },
    );
  };
  const money = (key: 'fine' | 'compensationOrdered' | 'compensationPaid') => (
    <NumberInput
      label={t(`stageForm.${key}`)}
      min={0}
      w={220}
      value={sentence[key]}
      onChange={(v) => setSentence({ ...sentence, [key]: Number(v) || 0 })}
      id={form.field(key).id}
      error={form.errorOf(key)}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="record-stage-form" aria-labelledby={`${formId}-title`}>
      <Stack gap="xs">
        <Text fw={600} id={`${formId}-title`}>
          {t('stageForm.title')}
        </Text>
        <FormErrorsAtTop form={form} error={record.error} />
        {record.isSuccess ? (
          <Alert color="teal" role="status">
            {t('stageForm.recorded')}
          </Alert>
        ) : null}
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('stageForm.stage')}
            value={chosen}
            onChange={(e) => setStage(e.currentTarget.value as Stage)}
            data={offered.map((s) => ({ value: s, label: t(`prosecutionVocabulary.stages.${s}`) }))}
          />
          <DateInput
            max={today}
            value={occurredOn}
            onChange={(value) => setOccurredOn(value)}
            {...form.field('occurredOn')}
          />
        </Group>
        {chosen === 'verdict' ? (
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('stageForm.verdict')}
              value={verdict}
              onChange={(e) => setVerdict(e.currentTarget.value as Verdict)}
              data={verdicts.map((v) => ({ value: v, label: t(`prosecutionVocabulary.verdicts.${v}`) }))}
            />
            {verdict === 'closed' ? (
              <NativeSelect
                label={t('stageForm.closeReason')}
                value={closeReason}
                onChange={(e) => setCloseReason(e.currentTarget.value as CloseReason)}
                data={closeReasons.map((r) => ({
                  value: r,
                  label: t(`prosecutionVocabulary.closeReasons.${r}`),
                }))}
              />
            ) : null}
          </Group>
        ) : null}
        {chosen === 'sentence' ? (
          <Stack gap="xs">
            <Group align="flex-end" gap="sm">
              <NumberInput
                min={0}
                max={1200}
                allowDecimal={false}
                w={220}
                value={sentence.prisonMonths}
                onChange={(v) => setSentence({ ...sentence, prisonMonths: Number(v) || 0 })}
                {...form.field('prisonMonths')}
              />
              <Checkbox
                label={t('stageForm.suspended')}
                checked={sentence.suspended}
                onChange={(e) => setSentence({ ...sentence, suspended: e.currentTarget.checked })}
              />
              <Checkbox
                label={t('stageForm.confiscation')}
                checked={sentence.confiscation}
                onChange={(e) => setSentence({ ...sentence, confiscation: e.currentTarget.checked })}
              />
            </Group>
            <Group align="flex-end" gap="sm">
              {money('fine')}
              {money('compensationOrdered')}
              {money('compensationPaid')}
            </Group>
          </Stack>
        ) : null}
        <Button type="submit" w="fit-content" variant="outline" loading={record.isPending}>
          {t('stageForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
