import { Button, Group, NativeSelect } from '@mantine/core';
import { administrativeMeasures } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import { useRecordMeasure } from './case-queries.ts';

type Measure = (typeof administrativeMeasures)[number];

/** An administrative measure against an official (dismissal, suspension) beside the criminal ones. */
export function RecordMeasureForm({ caseId, defendantId }: { caseId: string; defendantId: string }) {
  const { t } = useTranslation();
  const record = useRecordMeasure(caseId, defendantId);
  const today = localIsoDate(new Date());
  const [measure, setMeasure] = useState<Measure>('dismissal');
  const [decidedOn, setDecidedOn] = useState(today);
  const form = useFormErrors(record.error, {
    measure: { label: t('measureForm.measure'), value: measure },
    decidedOn: { label: t('measureForm.decidedOn'), value: decidedOn, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    record.mutate({ measure, decidedOn });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="record-measure-form">
      <FormErrorsAtTop form={form} error={record.error} />
      <Group align="flex-end" gap="sm">
        <NativeSelect
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value as Measure)}
          {...form.field('measure')}
          data={administrativeMeasures.map((m) => ({
            value: m,
            label: t(`prosecutionVocabulary.measures.${m}`),
          }))}
        />
        <DateInput
          max={today}
          value={decidedOn}
          onChange={(value) => setDecidedOn(value)}
          {...form.field('decidedOn')}
        />
        <Button type="submit" variant="outline" loading={record.isPending}>
          {t('measureForm.submit')}
        </Button>
      </Group>
    </form>
  );
}
