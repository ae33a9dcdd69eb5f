import { Button, Group, NativeSelect } from '@mantine/core';
import { administrativeMeasures } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ measure, decidedOn });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="record-measure-form">
      <ErrorAlert error={record.error} />
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('measureForm.measure')}
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value as Measure)}
          data={administrativeMeasures.map((m) => ({
            value: m,
            label: t(`prosecutionVocabulary.measures.${m}`),
          }))}
        />
        <DateInput
          label={t('measureForm.decidedOn')}
          required
          max={today}
          value={decidedOn}
          onChange={(value) => setDecidedOn(value)}
        />
        <Button type="submit" variant="outline" loading={record.isPending}>
          {t('measureForm.submit')}
        </Button>
      </Group>
    </form>
  );
}
