import { Alert, Button, Group, NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import {
  type AdmitInput,
  type DischargeInput,
  useAdmissiblePersons,
  useAdmit,
  useDischarge,
} from './protection-mutations.ts';

const today = () => new Date().toISOString().slice(0, 10);
const groups = ['women', 'men', 'children', 'families'] as const;
const reasons = [
  'recovered',
  'moved_to_other_provider',
  'returned_home',
  'left_by_choice',
  'removed_by_authorities',
  'other',
] as const;

/**
 * Admit a person the shelter's staff work with to a group's place. The server refuses beyond
 * capacity (409) and a person already staying elsewhere; the form keeps what was chosen.
 */
export function AdmitForm({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const persons = useAdmissiblePersons(true);
  const admit = useAdmit(facilityId);
  const [draft, setDraft] = useState({
    personId: '',
    residentGroup: 'women' as AdmitInput['residentGroup'],
    admittedOn: today(),
  });
  const form = useFormErrors(admit.error, {
    personId: { label: t('facility.personCode'), value: draft.personId, required: true },
    admittedOn: { label: t('support.admittedOn'), value: draft.admittedOn, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    admit.mutate(draft, { onSuccess: () => setDraft((d) => ({ ...d, personId: '' })) });
  };
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="admit-form-title">
      <form onSubmit={submit} noValidate data-testid="admit-form">
        <Stack gap="sm">
          <Title order={2} size="h3" id="admit-form-title">
            {t('protectionForms.admit')}
          </Title>
          <FormErrorsAtTop form={form} error={admit.error} />
          <ErrorAlert error={persons.error} />
          {admit.isSuccess ? (
            <Alert color="teal" role="status">
              {t('protectionForms.admitted')}
            </Alert>
          ) : null}
          <Group grow>
            <NativeSelect
              {...form.field('personId')}
              value={draft.personId}
              onChange={(e) => setDraft({ ...draft, personId: e.currentTarget.value })}
              data={[
                { value: '', label: t('support.choose') },
                ...(persons.data ?? []).map((p) => ({ value: p.id, label: p.code })),
              ]}
            />
            <NativeSelect
              label={t('facility.group')}
              value={draft.residentGroup}
              onChange={(e) =>
                setDraft({ ...draft, residentGroup: e.currentTarget.value as AdmitInput['residentGroup'] })
              }
              data={groups.map((g) => ({ value: g, label: t(`protectionVocabulary.groups.${g}`) }))}
            />
            <DateInput
              {...form.field('admittedOn')}
              value={draft.admittedOn}
              onChange={(value) => setDraft({ ...draft, admittedOn: value })}
            />
          </Group>
          <Group>
            <Button type="submit" loading={admit.isPending}>
              {t('protectionForms.admitButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** End a resident's stay: the day and why (a stay ends for the person's reasons, not only the shelter's). */
export function DischargeForm({ residents }: { residents: readonly { id: string; personCode: string }[] }) {
  const { t } = useTranslation();
  const discharge = useDischarge();
  const [draft, setDraft] = useState({
    stayId: '',
    reason: 'recovered' as DischargeInput['reason'],
    dischargedOn: today(),
  });
  const form = useFormErrors(discharge.error, {
    stayId: { label: t('facility.personCode'), value: draft.stayId, required: true },
    dischargedOn: { label: t('support.dischargedOn'), value: draft.dischargedOn, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    discharge.mutate(draft, { onSuccess: () => setDraft((d) => ({ ...d, stayId: '' })) });
  };
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="discharge-form-title">
      <form onSubmit={submit} noValidate data-testid="discharge-form">
        <Stack gap="sm">
          <Title order={2} size="h3" id="discharge-form-title">
            {t('protectionForms.discharge')}
          </Title>
          <FormErrorsAtTop form={form} error={discharge.error} />
          {discharge.isSuccess ? (
            <Alert color="teal" role="status">
              {t('protectionForms.discharged')}
            </Alert>
          ) : null}
          <Group grow>
            <NativeSelect
              {...form.field('stayId')}
              value={draft.stayId}
              onChange={(e) => setDraft({ ...draft, stayId: e.currentTarget.value })}
              data={[
                { value: '', label: t('support.choose') },
                ...residents.map((r) => ({ value: r.id, label: r.personCode })),
              ]}
            />
            <NativeSelect
              label={t('protectionForms.reason')}
              value={draft.reason}
              onChange={(e) =>
                setDraft({ ...draft, reason: e.currentTarget.value as DischargeInput['reason'] })
              }
              data={reasons.map((r) => ({ value: r, label: t(`protectionForms.reasons.${r}`) }))}
            />
            <DateInput
              {...form.field('dischargedOn')}
              value={draft.dischargedOn}
              onChange={(value) => setDraft({ ...draft, dischargedOn: value })}
            />
          </Group>
          <Group>
            <Button type="submit" loading={discharge.isPending}>
              {t('protectionForms.dischargeButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
