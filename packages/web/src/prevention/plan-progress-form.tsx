import { Button, Group, NativeSelect, NumberInput, Textarea } from '@mantine/core';
import { progressStatuses } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../common/use-form-errors.ts';
import { FormSection } from './form-section.tsx';
import { type ActionPlanDetail, type ReportProgressInput, useReportProgress } from './prevention-queries.ts';

/**
 * A body's progress report on an activity it answers for (the server says which: `mayReport`).
 * A second report for the same activity and year replaces the first: that is how a mistaken
 * report is corrected, and the server audits each.
 */
export function PlanProgressForm({ detail }: { detail: ActionPlanDetail }) {
  const { t } = useTranslation();
  const report = useReportProgress();
  const mine = detail.activities.filter((a) => a.mayReport);
  const thisYear = Math.min(Number(detail.today.slice(0, 4)), detail.plan.endYear);
  const [draft, setDraft] = useState({
    activityId: mine[0]?.id ?? '',
    year: thisYear as number | '',
    status: 'in_progress' as ReportProgressInput['status'],
    narrative: '',
  });
  const form = useFormErrors(report.error, {
    year: { label: t('actionPlan.year'), value: draft.year },
    narrative: { label: t('actionPlan.narrative'), value: draft.narrative },
  });
  if (mine.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate(
      {
        activityId: draft.activityId,
        year: draft.year === '' ? thisYear : draft.year,
        status: draft.status,
        narrative: draft.narrative.trim(),
      },
      { onSuccess: () => setDraft((d) => ({ ...d, narrative: '' })) },
    );
  };
  return (
    <FormSection
      id="plan-progress-form"
      title={t('actionPlan.reportProgress')}
      error={report.error}
      form={form}
      savedText={report.isSuccess ? t('actionPlan.reported') : null}
      onSubmit={submit}
    >
      <NativeSelect
        label={t('actionPlan.activity')}
        value={draft.activityId}
        onChange={(e) => setDraft({ ...draft, activityId: e.currentTarget.value })}
        data={mine.map((a) => ({ value: a.id, label: `${a.code} ${a.title}` }))}
      />
      <Group grow align="flex-start">
        <NumberInput
          min={detail.plan.startYear}
          max={detail.plan.endYear}
          allowDecimal={false}
          value={draft.year}
          onChange={(v) => setDraft({ ...draft, year: typeof v === 'number' ? v : '' })}
          {...form.field('year')}
        />
        <NativeSelect
          label={t('actionPlan.status')}
          value={draft.status}
          onChange={(e) =>
            setDraft({ ...draft, status: e.currentTarget.value as ReportProgressInput['status'] })
          }
          data={progressStatuses.map((s) => ({ value: s, label: t(`preventionVocabulary.progress.${s}`) }))}
        />
      </Group>
      <Textarea
        description={t('actionPlan.narrativeHelp')}
        autosize
        minRows={3}
        maxLength={5000}
        value={draft.narrative}
        onChange={(e) => setDraft({ ...draft, narrative: e.currentTarget.value })}
        {...form.field('narrative')}
      />
      <Group>
        <Button type="submit" loading={report.isPending}>
          {t('actionPlan.reportSubmit')}
        </Button>
      </Group>
    </FormSection>
  );
}
