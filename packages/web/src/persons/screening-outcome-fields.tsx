import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { screeningOutcomes } from '../api/types.ts';
import { DateInput } from '../common/date-input.tsx';
import type { ScreeningOutcome } from './outcome-agreement.ts';
import { localIsoDate } from './screened-at.ts';

interface Props {
  outcome: ScreeningOutcome | '';
  onOutcome: (value: ScreeningOutcome | '') => void;
  reason: string;
  onReason: (value: string) => void;
  /** The outcome departs from the recommendation: the screener must say why. */
  reasonRequired: boolean;
  date: string;
  onDate: (value: string) => void;
  errors: { outcome?: string; outcomeReason?: string; screenedAt?: string };
}

/** The screener's own conclusion: the recommendation advises, the person screening decides. */
export function ScreeningOutcomeFields(props: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <NativeSelect
        id="screening-outcome"
        label={t('screening.outcome')}
        required
        value={props.outcome}
        onChange={(e) => props.onOutcome(e.currentTarget.value as ScreeningOutcome | '')}
        data={[
          { value: '', label: t('personForm.choose') },
          ...screeningOutcomes.map((o) => ({ value: o, label: t(`vocabulary.outcomes.${o}`) })),
        ]}
        error={props.errors.outcome}
      />
      <Textarea
        id="screening-outcome-reason"
        label={t('screening.outcomeReason')}
        description={
          props.reasonRequired ? t('screening.reasonRequiredHelp') : t('screening.reasonOptionalHelp')
        }
        required={props.reasonRequired}
        autosize
        minRows={3}
        maxLength={2000}
        value={props.reason}
        onChange={(e) => props.onReason(e.currentTarget.value)}
        error={props.errors.outcomeReason}
      />
      <DateInput
        id="screening-date"
        label={t('screening.date')}
        description={t('screening.dateHelp')}
        max={localIsoDate(new Date())}
        value={props.date}
        onChange={(value) => props.onDate(value)}
        error={props.errors.screenedAt}
      />
    </Stack>
  );
}
