import { Button, Group, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useFormat } from '../i18n/format.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import { type CaseDefendant, type CaseDetail, useRecordPayment } from './case-queries.ts';

interface PaymentsProps {
  caseId: string;
  defendant: CaseDefendant;
  payments: CaseDetail['payments'];
  mayRecord: boolean;
}

/**
 * Compensation paid to the victims under a defendant's sentence: each payment on the day paid
 * (the figures count money paid in a period by that day), and the form to record one. The
 * sentence above shows the running total beside the amount ordered.
 */
export function CompensationPayments({ caseId, defendant: d, payments, mayRecord }: PaymentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const convicted = d.verdict === 'convicted' && d.sentence !== null;
  if (payments.length === 0 && !(mayRecord && convicted)) return null;
  const ordered = [...payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('paymentForm.title')}
      </Title>
      {d.sentence && ordered.length > 0 ? (
        <Text data-testid="defendant-paid-total">
          {t('paymentForm.total', {
            paid: format.number(d.sentence.compensationPaid),
            ordered: format.number(d.sentence.compensationOrdered),
          })}
        </Text>
      ) : null}
      {ordered.length > 0 ? (
        <List data-testid="defendant-payments">
          {ordered.map((p) => (
            <List.Item key={p.id}>
              {t('paymentForm.paid', { amount: format.number(p.amount), day: format.date(p.paidOn) })}
            </List.Item>
          ))}
        </List>
      ) : null}
      {mayRecord && convicted ? <RecordPaymentForm caseId={caseId} defendant={d} /> : null}
    </Stack>
  );
}

function RecordPaymentForm({ caseId, defendant: d }: { caseId: string; defendant: CaseDefendant }) {
  const { t } = useTranslation();
  const record = useRecordPayment(caseId, d.id);
  const today = localIsoDate(new Date());
  const [amount, setAmount] = useState<number | string>('');
  const [paidOn, setPaidOn] = useState(today);
  const form = useFormErrors(record.error, {
    amount: { label: t('paymentForm.amount'), value: amount, required: true },
    paidOn: { label: t('paymentForm.paidOn'), value: paidOn, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    record.mutate({ version: d.version, amount: Number(amount), paidOn }, { onSuccess: () => setAmount('') });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="record-payment-form">
      <FormErrorsAtTop form={form} error={record.error} />
      <Group align="flex-end" gap="sm">
        <NumberInput
          min={0.01}
          decimalScale={2}
          value={amount}
          onChange={setAmount}
          {...form.field('amount')}
        />
        <DateInput
          min={d.sentencedOn ?? undefined}
          max={today}
          value={paidOn}
          onChange={(value) => setPaidOn(value)}
          {...form.field('paidOn')}
        />
        <Button type="submit" variant="outline" loading={record.isPending}>
          {t('paymentForm.submit')}
        </Button>
      </Group>
    </form>
  );
}
