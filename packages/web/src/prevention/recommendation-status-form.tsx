import { Button, Group, NativeSelect, NumberInput, Textarea } from '@mantine/core';
import { recommendationStatuses } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../common/use-form-errors.ts';
import { FormSection } from './form-section.tsx';
import {
  type RecommendationView,
  type SetRecommendationStatusInput,
  useSetRecommendationStatus,
} from './prevention-queries.ts';

/**
 * Where a recommendation stands in a year and what was done: the coordinator for any, a body for
 * those it is named responsible for. Saving a year again corrects it (audited by the server);
 * the evidence already linked for that year (else the latest) is kept.
 */
export function RecommendationStatusForm({ recommendations }: { recommendations: RecommendationView[] }) {
  const { t } = useTranslation();
  const save = useSetRecommendationStatus();
  const mine = recommendations.filter((r) => r.mayUpdate);
  const [draft, setDraft] = useState({
    id: mine[0]?.id ?? '',
    year: new Date().getFullYear() as number | '',
    status: 'in_progress' as SetRecommendationStatusInput['status'],
    actions: '',
  });
  const form = useFormErrors(save.error, {
    year: { label: t('recommendations.year'), value: draft.year },
    actions: { label: t('recommendations.actions'), value: draft.actions },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const r = mine.find((x) => x.id === draft.id);
    if (!r) return;
    const year = draft.year === '' ? new Date().getFullYear() : draft.year;
    const sameYear = r.years.find((y) => y.year === year);
    const latest = [...r.years].sort((a, b) => b.year - a.year)[0];
    save.mutate(
      {
        id: r.id,
        year,
        status: draft.status,
        actions: draft.actions.trim(),
        evidence: (sameYear ?? latest)?.evidence ?? [],
      },
      { onSuccess: () => setDraft((d) => ({ ...d, actions: '' })) },
    );
  };
  return (
    <FormSection
      id="recommendation-status-form"
      title={t('recommendations.setStatus')}
      error={save.error}
      form={form}
      savedText={save.isSuccess ? t('recommendations.saved') : null}
      onSubmit={submit}
    >
      <NativeSelect
        label={t('recommendations.recommendation')}
        value={draft.id}
        onChange={(e) => setDraft({ ...draft, id: e.currentTarget.value })}
        data={mine.map((r) => ({
          value: r.id,
          label: `${r.sourceReference} ${r.number}. ${r.text.slice(0, 90)}${r.text.length > 90 ? '…' : ''}`,
        }))}
      />
      <Group grow align="flex-start">
        <NumberInput
          min={1990}
          max={2100}
          allowDecimal={false}
          value={draft.year}
          onChange={(v) => setDraft({ ...draft, year: typeof v === 'number' ? v : '' })}
          {...form.field('year')}
        />
        <NativeSelect
          label={t('recommendations.status')}
          value={draft.status}
          onChange={(e) =>
            setDraft({ ...draft, status: e.currentTarget.value as SetRecommendationStatusInput['status'] })
          }
          data={recommendationStatuses.map((s) => ({
            value: s,
            label: t(`preventionVocabulary.recommendationStatuses.${s}`),
          }))}
        />
      </Group>
      <Textarea
        autosize
        minRows={3}
        maxLength={10_000}
        value={draft.actions}
        onChange={(e) => setDraft({ ...draft, actions: e.currentTarget.value })}
        {...form.field('actions')}
      />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('recommendations.save')}
        </Button>
      </Group>
    </FormSection>
  );
}
