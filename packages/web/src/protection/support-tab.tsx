import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { DateInput } from '../common/date-input.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useFormat } from '../i18n/format.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { CooperationPanel } from './cooperation-panel.tsx';
import { PermitForm, ReturnForm } from './permit-return-forms.tsx';
import {
  type PersonSupport,
  type RecordServiceInput,
  usePersonSupport,
  useProtectionSettings,
  useRecordService,
} from './protection-queries.ts';

/** The person's support: what they received, where they stayed, their own choice about the police. */
export function SupportTab({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const support = usePersonSupport(file.person.id, true);
  if (support.isPending) return <PageLoader />;
  if (support.isError) return <ErrorAlert error={support.error} onRetry={() => void support.refetch()} />;
  const data = support.data;
  return (
    <Stack gap="lg">
      <ServicesTable support={data} />
      {file.may.record_support ? <ServiceForm personId={file.person.id} /> : null}
      <CooperationPanel
        personId={file.person.id}
        support={data}
        mayRecord={file.may.record_support === true}
      />
      <StaysTable support={data} />
      <OtherRecords support={data} />
      {file.may.record_support ? (
        <>
          <PermitForm personId={file.person.id} />
          <ReturnForm personId={file.person.id} />
        </>
      ) : null}
      {data.services.length === 0 && data.stays.length === 0 ? <Text>{t('support.none')}</Text> : null}
    </Stack>
  );
}

function ServicesTable({ support }: { support: PersonSupport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const nameOf = (id: string) => organisations.data?.find((o) => o.id === id)?.name ?? '';
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('support.services')}
      </Title>
      {support.services.length === 0 ? (
        <Text>{t('support.none')}</Text>
      ) : (
        <TableScroll label={t('support.servicesCaption')}>
          <Table striped data-testid="services-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('support.serviceType')}</Table.Th>
                <Table.Th scope="col">{t('support.provider')}</Table.Th>
                <Table.Th scope="col">{t('support.deliveredOn')}</Table.Th>
                <Table.Th scope="col">{t('support.amount')}</Table.Th>
                <Table.Th scope="col">{t('support.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {support.services.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{t(`protectionVocabulary.serviceTypes.${s.serviceType}`)}</Table.Td>
                  <Table.Td>{nameOf(s.providerOrganisationId)}</Table.Td>
                  <Table.Td>{format.date(s.deliveredOn)}</Table.Td>
                  <Table.Td>
                    {s.amount === null ? '' : `${format.number(s.amount)} ${s.currency ?? ''}`}
                  </Table.Td>
                  <Table.Td>{t(`protectionVocabulary.outcomes.${s.outcome}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

function ServiceForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const settings = useProtectionSettings();
  const record = useRecordService(personId);
  const [draft, setDraft] = useState({
    serviceType: '',
    deliveredOn: today(),
    outcome: 'completed',
    amount: '' as number | '',
  });
  // An allowance is money: its amount is asked for here, as the server would.
  const form = useFormErrors(record.error, {
    serviceType: { label: t('support.serviceType'), value: draft.serviceType, required: true },
    deliveredOn: { label: t('support.deliveredOn'), value: draft.deliveredOn, required: true },
    amount: {
      label: `${t('support.amount')} (${settings.data?.defaultCurrency ?? ''})`,
      value: draft.amount,
      required: draft.serviceType === 'financial_allowance',
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const body: RecordServiceInput = {
      serviceType: draft.serviceType as RecordServiceInput['serviceType'],
      deliveredOn: draft.deliveredOn,
      outcome: draft.outcome as RecordServiceInput['outcome'],
      ...(draft.amount === '' ? {} : { amount: draft.amount }),
    };
    record.mutate(body, { onSuccess: () => setDraft((d) => ({ ...d, serviceType: '', amount: '' })) });
  };
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="service-form-title">
      <form onSubmit={submit} noValidate data-testid="service-form">
        <Stack gap="sm">
          <Title order={3} size="h4" id="service-form-title">
            {t('support.recordService')}
          </Title>
          <FormErrorsAtTop form={form} error={record.error} />
          {record.isSuccess ? (
            <Alert color="teal" role="status">
              {t('support.saved')}
            </Alert>
          ) : null}
          <NativeSelect
            {...form.field('serviceType')}
            value={draft.serviceType}
            onChange={(e) => setDraft({ ...draft, serviceType: e.currentTarget.value })}
            data={[
              { value: '', label: t('support.choose') },
              ...(settings.data?.serviceTypes ?? []).map((s) => ({
                value: s,
                label: t(`protectionVocabulary.serviceTypes.${s}`),
              })),
            ]}
          />
          <Group grow>
            <DateInput
              {...form.field('deliveredOn')}
              value={draft.deliveredOn}
              onChange={(value) => setDraft({ ...draft, deliveredOn: value })}
            />
            <NativeSelect
              label={t('support.outcome')}
              value={draft.outcome}
              onChange={(e) => setDraft({ ...draft, outcome: e.currentTarget.value })}
              data={(['ongoing', 'completed', 'discontinued', 'refused_by_person'] as const).map((o) => ({
                value: o,
                label: t(`protectionVocabulary.outcomes.${o}`),
              }))}
            />
            <NumberInput
              {...form.field('amount')}
              min={0}
              decimalScale={2}
              value={draft.amount}
              onChange={(v) => setDraft({ ...draft, amount: typeof v === 'number' ? v : '' })}
            />
          </Group>
          <Group>
            <Button type="submit" loading={record.isPending} data-testid="service-submit">
              {t('support.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function StaysTable({ support }: { support: PersonSupport }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (support.stays.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('support.stays')}
      </Title>
      <TableScroll label={t('support.stays')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('support.facility')}</Table.Th>
              <Table.Th scope="col">{t('support.admittedOn')}</Table.Th>
              <Table.Th scope="col">{t('support.dischargedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {support.stays.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {s.facilityName ??
                    t('support.facilityHidden', {
                      operator: s.operatorType
                        ? t(`protectionVocabulary.operatorTypes.${s.operatorType}`)
                        : '',
                    })}
                </Table.Td>
                <Table.Td>{format.date(s.admittedOn)}</Table.Td>
                <Table.Td>{format.date(s.dischargedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

/** Reflection periods, permits and returns: short lists. */
function OtherRecords({ support }: { support: PersonSupport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = [
    {
      key: 'reflection',
      title: t('support.reflection'),
      items: support.reflectionPeriods.map((r) => `${format.date(r.startedOn)} – ${format.date(r.endsOn)}`),
    },
    {
      key: 'permits',
      title: t('support.permits'),
      items: support.residencePermits.map(
        (p) =>
          `${t(`protectionVocabulary.permitTypes.${p.permitType}`)}: ${t(`protectionVocabulary.permitStatuses.${p.status}`)} (${format.date(p.appliedOn)})`,
      ),
    },
    {
      key: 'returns',
      title: t('support.returns'),
      items: support.returns.map(
        (r) =>
          `${t(`protectionVocabulary.returnKinds.${r.kind}`)} — ${r.country}, ${format.date(r.returnedOn)}`,
      ),
    },
  ].filter((l) => l.items.length > 0);
  return (
    <>
      {lists.map((l) => (
        <Stack gap="xs" key={l.key}>
          <Title order={2} size="h3">
            {l.title}
          </Title>
          <ul>
            {l.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Stack>
      ))}
    </>
  );
}
