import { Alert, Button, Group, NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { type FormErrors, useFormErrors } from '../common/use-form-errors.ts';
import { CountrySelect } from '../persons/country-select.tsx';
import {
  type RecordPermitInput,
  type RecordReturnInput,
  useRecordPermit,
  useRecordReturn,
} from './protection-mutations.ts';

const today = () => new Date().toISOString().slice(0, 10);
const permitTypes = ['victim_temporary', 'humanitarian', 'permanent', 'other'] as const;
const permitStatuses = ['applied', 'granted', 'refused'] as const;
const returnKinds = ['assisted_voluntary_return', 'repatriation', 'deportation', 'removal'] as const;

/** A titled form section, as the service form is: errors and "saved" above the fields. */
function FormSection(props: {
  id: string;
  title: string;
  error: unknown;
  form: FormErrors;
  saved: ReactNode;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby={`${props.id}-title`}>
      <form onSubmit={props.onSubmit} noValidate data-testid={props.id}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={`${props.id}-title`}>
            {props.title}
          </Title>
          <FormErrorsAtTop form={props.form} error={props.error} />
          {props.saved}
          {props.children}
        </Stack>
      </form>
    </Paper>
  );
}

/** A foreign victim's residence permit: applied for, then granted or refused (migration officer). */
export function PermitForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const record = useRecordPermit(personId);
  const [draft, setDraft] = useState({
    permitType: 'victim_temporary' as RecordPermitInput['permitType'],
    status: 'applied' as RecordPermitInput['status'],
    appliedOn: today(),
    decidedOn: '',
    validUntil: '',
  });
  const decided = draft.status !== 'applied';
  // A decision has its day: asked here, in the user's words, before anything is sent.
  const form = useFormErrors(record.error, {
    appliedOn: { label: t('support.appliedOn'), value: draft.appliedOn, required: true },
    decidedOn: { label: t('protectionForms.decidedOn'), value: draft.decidedOn, required: decided },
    validUntil: { label: t('support.validUntil'), value: draft.validUntil },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    record.mutate({
      permitType: draft.permitType,
      status: draft.status,
      appliedOn: draft.appliedOn,
      decidedOn: decided && draft.decidedOn ? draft.decidedOn : null,
      ...(draft.status === 'granted' && draft.decidedOn ? { validFrom: draft.decidedOn } : {}),
      ...(draft.status === 'granted' && draft.validUntil ? { validUntil: draft.validUntil } : {}),
    });
  };
  const saved = record.isSuccess ? (
    <Alert color="teal" role="status">
      {t('support.saved')}
    </Alert>
  ) : null;
  return (
    <FormSection
      id="permit-form"
      title={t('protectionForms.recordPermit')}
      error={record.error}
      form={form}
      saved={saved}
      onSubmit={submit}
    >
      <Group grow>
        <NativeSelect
          label={t('support.permitType')}
          value={draft.permitType}
          onChange={(e) =>
            setDraft({ ...draft, permitType: e.currentTarget.value as RecordPermitInput['permitType'] })
          }
          data={permitTypes.map((v) => ({ value: v, label: t(`protectionVocabulary.permitTypes.${v}`) }))}
        />
        <NativeSelect
          label={t('support.status')}
          value={draft.status}
          onChange={(e) =>
            setDraft({ ...draft, status: e.currentTarget.value as RecordPermitInput['status'] })
          }
          data={permitStatuses.map((v) => ({
            value: v,
            label: t(`protectionVocabulary.permitStatuses.${v}`),
          }))}
        />
      </Group>
      <Group grow>
        <DateInput
          {...form.field('appliedOn')}
          value={draft.appliedOn}
          onChange={(value) => setDraft({ ...draft, appliedOn: value })}
        />
        <DateInput
          {...form.field('decidedOn')}
          disabled={draft.status === 'applied'}
          value={draft.decidedOn}
          onChange={(value) => setDraft({ ...draft, decidedOn: value })}
        />
        <DateInput
          {...form.field('validUntil')}
          disabled={draft.status !== 'granted'}
          value={draft.validUntil}
          onChange={(value) => setDraft({ ...draft, validUntil: value })}
        />
      </Group>
      <Group>
        <Button type="submit" loading={record.isPending}>
          {t('support.save')}
        </Button>
      </Group>
    </FormSection>
  );
}

/** A return; a deportation or removal of a victim alerts the national coordinator (said on saving). */
export function ReturnForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const record = useRecordReturn(personId);
  const [draft, setDraft] = useState({
    kind: 'assisted_voluntary_return' as RecordReturnInput['kind'],
    country: '',
    returnedOn: today(),
  });
  const form = useFormErrors(record.error, {
    country: { label: t('support.country'), value: draft.country, required: true },
    returnedOn: { label: t('support.returnedOn'), value: draft.returnedOn, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    record.mutate({ ...draft, country: draft.country.trim().toUpperCase() });
  };
  const saved = record.data ? (
    <Alert color={record.data.coordinatorsAlerted > 0 ? 'orange' : 'teal'} role="status">
      {record.data.coordinatorsAlerted > 0 ? t('protectionForms.returnAlerted') : t('support.saved')}
    </Alert>
  ) : null;
  return (
    <FormSection
      id="return-form"
      title={t('protectionForms.recordReturn')}
      error={record.error}
      form={form}
      saved={saved}
      onSubmit={submit}
    >
      <Group grow>
        <NativeSelect
          label={t('support.returnKind')}
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as RecordReturnInput['kind'] })}
          data={returnKinds.map((v) => ({ value: v, label: t(`protectionVocabulary.returnKinds.${v}`) }))}
        />
        <CountrySelect
          {...form.field('country')}
          value={draft.country}
          onChange={(country) => setDraft({ ...draft, country })}
        />
        <DateInput
          {...form.field('returnedOn')}
          value={draft.returnedOn}
          onChange={(value) => setDraft({ ...draft, returnedOn: value })}
        />
      </Group>
      <Group>
        <Button type="submit" loading={record.isPending}>
          {t('support.save')}
        </Button>
      </Group>
    </FormSection>
  );
}
