import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { type FormErrors, useFormErrors } from '../common/use-form-errors.ts';
import { useFormat } from '../i18n/format.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import {
  type CreateBudgetLineInput,
  useAllocate,
  useCreateBudgetLine,
  useDisburse,
} from './protection-mutations.ts';
import { useProtectionSettings } from './protection-queries.ts';

const sources = ['state_budget', 'international_donor', 'private_donor', 'other'] as const;
const today = () => new Date().toISOString().slice(0, 10);
type FundingData = {
  lines: readonly { id: string; name: string; currency: string }[];
  allocations: readonly { id: string; recipientOrganisationId: string; amount: number; currency: string }[];
};

function Section(props: {
  id: string;
  title: string;
  error: unknown;
  form: FormErrors;
  saved: boolean;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby={`${props.id}-title`}>
      <form onSubmit={props.onSubmit} noValidate data-testid={props.id}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={`${props.id}-title`}>
            {props.title}
          </Title>
          <FormErrorsAtTop form={props.form} error={props.error} />
          {props.saved ? (
            <Alert color="teal" role="status">
              {t('support.saved')}
            </Alert>
          ) : null}
          {props.children}
        </Stack>
      </form>
    </Paper>
  );
}

const amountOf = (v: string | number) => (typeof v === 'number' ? v : '');

/** A finance officer's entries for the year shown: a budget line, an allocation from it, a payment out of that. */
export function FundingForms({ year, data }: { year: number; data: FundingData | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('protectionForms.fundingEntry')}
      </Title>
      <BudgetLineForm year={year} />
      {data && data.lines.length > 0 ? <AllocationForm lines={data.lines} /> : null}
      {data && data.allocations.length > 0 ? <DisbursementForm allocations={data.allocations} /> : null}
    </Stack>
  );
}

function BudgetLineForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const settings = useProtectionSettings();
  const create = useCreateBudgetLine();
  const [draft, setDraft] = useState({
    source: 'state_budget' as CreateBudgetLineInput['source'],
    name: '',
    amount: '' as number | '',
    currency: '',
  });
  const form = useFormErrors(create.error, {
    name: { label: t('funding.name'), value: draft.name, required: true },
    amount: { label: t('funding.amount'), value: draft.amount, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const currency = (draft.currency || settings.data?.defaultCurrency || '').trim().toUpperCase();
    create.mutate(
      {
        year,
        source: draft.source,
        name: draft.name,
        amount: draft.amount === '' ? 0 : draft.amount,
        currency,
      },
      { onSuccess: () => setDraft((d) => ({ ...d, name: '', amount: '' })) },
    );
  };
  return (
    <Section
      id="budget-line-form"
      title={t('protectionForms.addLine', { year })}
      error={create.error}
      form={form}
      saved={create.isSuccess}
      onSubmit={submit}
    >
      <Group grow>
        <TextInput
          {...form.field('name')}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('funding.source')}
          value={draft.source}
          onChange={(e) =>
            setDraft({ ...draft, source: e.currentTarget.value as CreateBudgetLineInput['source'] })
          }
          data={sources.map((s) => ({ value: s, label: t(`protectionVocabulary.fundingSources.${s}`) }))}
        />
      </Group>
      <Group grow>
        <NumberInput
          {...form.field('amount')}
          min={0}
          decimalScale={2}
          value={draft.amount}
          onChange={(v) => setDraft({ ...draft, amount: amountOf(v) })}
        />
        <TextInput
          label={t('support.currency')}
          maxLength={3}
          placeholder={settings.data?.defaultCurrency ?? ''}
          value={draft.currency}
          onChange={(e) => setDraft({ ...draft, currency: e.currentTarget.value })}
        />
      </Group>
      <Group>
        <Button type="submit" loading={create.isPending}>
          {t('support.save')}
        </Button>
      </Group>
    </Section>
  );
}

function ServiceTypeSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const settings = useProtectionSettings();
  return (
    <NativeSelect
      label={t('protectionForms.forService')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('protectionForms.anyService') },
        ...(settings.data?.serviceTypes ?? []).map((s) => ({
          value: s,
          label: t(`protectionVocabulary.serviceTypes.${s}`),
        })),
      ]}
    />
  );
}

type ServiceType = NonNullable<Parameters<ReturnType<typeof useAllocate>['mutate']>[0]['serviceType']>;

function AllocationForm({ lines }: { lines: FundingData['lines'] }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const allocate = useAllocate();
  const [draft, setDraft] = useState({
    lineId: lines[0]?.id ?? '',
    recipientOrganisationId: '',
    amount: '' as number | '',
    allocatedOn: today(),
    serviceType: '',
  });
  const form = useFormErrors(allocate.error, {
    recipientOrganisationId: {
      label: t('funding.recipient'),
      value: draft.recipientOrganisationId,
      required: true,
    },
    amount: { label: t('funding.amount'), value: draft.amount, required: true },
    allocatedOn: { label: t('funding.allocatedOn'), value: draft.allocatedOn, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    allocate.mutate(
      {
        lineId: draft.lineId,
        recipientOrganisationId: draft.recipientOrganisationId,
        amount: draft.amount === '' ? 0 : draft.amount,
        allocatedOn: draft.allocatedOn,
        ...(draft.serviceType ? { serviceType: draft.serviceType as ServiceType } : {}),
      },
      { onSuccess: () => setDraft((d) => ({ ...d, amount: '' })) },
    );
  };
  return (
    <Section
      id="allocation-form"
      title={t('protectionForms.allocate')}
      error={allocate.error}
      form={form}
      saved={allocate.isSuccess}
      onSubmit={submit}
    >
      <Group grow>
        <NativeSelect
          label={t('protectionForms.fromLine')}
          value={draft.lineId}
          onChange={(e) => setDraft({ ...draft, lineId: e.currentTarget.value })}
          data={lines.map((l) => ({ value: l.id, label: `${l.name} (${l.currency})` }))}
        />
        <NativeSelect
          {...form.field('recipientOrganisationId')}
          value={draft.recipientOrganisationId}
          onChange={(e) => setDraft({ ...draft, recipientOrganisationId: e.currentTarget.value })}
          data={[
            { value: '', label: t('support.choose') },
            ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      </Group>
      <Group grow>
        <NumberInput
          {...form.field('amount')}
          min={0}
          decimalScale={2}
          value={draft.amount}
          onChange={(v) => setDraft({ ...draft, amount: amountOf(v) })}
        />
        <DateInput
          {...form.field('allocatedOn')}
          value={draft.allocatedOn}
          onChange={(value) => setDraft({ ...draft, allocatedOn: value })}
        />
        <ServiceTypeSelect
          value={draft.serviceType}
          onChange={(serviceType) => setDraft({ ...draft, serviceType })}
        />
      </Group>
      <Group>
        <Button type="submit" loading={allocate.isPending}>
          {t('support.save')}
        </Button>
      </Group>
    </Section>
  );
}

function DisbursementForm({ allocations }: { allocations: FundingData['allocations'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const nameOf = (id: string) => organisations.data?.find((o) => o.id === id)?.name ?? '';
  const disburse = useDisburse();
  const [draft, setDraft] = useState({
    allocationId: allocations[0]?.id ?? '',
    amount: '' as number | '',
    disbursedOn: today(),
    serviceType: '',
  });
  const form = useFormErrors(disburse.error, {
    amount: { label: t('funding.amount'), value: draft.amount, required: true },
    disbursedOn: { label: t('protectionForms.disbursedOn'), value: draft.disbursedOn, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    disburse.mutate(
      {
        allocationId: draft.allocationId,
        amount: draft.amount === '' ? 0 : draft.amount,
        disbursedOn: draft.disbursedOn,
        ...(draft.serviceType ? { serviceType: draft.serviceType as ServiceType } : {}),
      },
      { onSuccess: () => setDraft((d) => ({ ...d, amount: '' })) },
    );
  };
  return (
    <Section
      id="disbursement-form"
      title={t('protectionForms.disburse')}
      error={disburse.error}
      form={form}
      saved={disburse.isSuccess}
      onSubmit={submit}
    >
      <Group grow>
        <NativeSelect
          label={t('protectionForms.fromAllocation')}
          value={draft.allocationId}
          onChange={(e) => setDraft({ ...draft, allocationId: e.currentTarget.value })}
          data={allocations.map((a) => ({
            value: a.id,
            label: `${nameOf(a.recipientOrganisationId)}: ${format.number(a.amount)} ${a.currency}`,
          }))}
        />
        <NumberInput
          {...form.field('amount')}
          min={0}
          decimalScale={2}
          value={draft.amount}
          onChange={(v) => setDraft({ ...draft, amount: amountOf(v) })}
        />
      </Group>
      <Group grow>
        <DateInput
          {...form.field('disbursedOn')}
          value={draft.disbursedOn}
          onChange={(value) => setDraft({ ...draft, disbursedOn: value })}
        />
        <ServiceTypeSelect
          value={draft.serviceType}
          onChange={(serviceType) => setDraft({ ...draft, serviceType })}
        />
      </Group>
      <Group>
        <Button type="submit" loading={disburse.isPending}>
          {t('support.save')}
        </Button>
      </Group>
    </Section>
  );
}
