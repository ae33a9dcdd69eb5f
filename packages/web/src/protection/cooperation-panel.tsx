import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFormat } from '../i18n/format.ts';
import { type PersonSupport, useRecordCooperation } from './protection-queries.ts';

const statuses = ['willing', 'not_willing', 'not_asked'] as const;

/**
 * The person's own choice about cooperating with law enforcement. Shown apart from the services
 * on purpose: nothing on this page, or anywhere, asks for it before giving support.
 */
export function CooperationPanel({
  personId,
  support,
  mayRecord,
}: {
  personId: string;
  support: PersonSupport;
  mayRecord: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecordCooperation(personId);
  const [status, setStatus] = useState<(typeof statuses)[number]>('not_asked');
  const [asOf, setAsOf] = useState(new Date().toISOString().slice(0, 10));
  const now = support.cooperationNow;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ status, asOf });
  };
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="cooperation-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="cooperation-title">
          {t('support.cooperation')}
        </Title>
        <Text size="sm">{t('support.cooperationIntro')}</Text>
        <Text data-testid="cooperation-now">
          {now
            ? t('support.cooperationNow', {
                status: t(`protectionVocabulary.cooperation.${now.status}`),
                date: format.date(now.asOf),
              })
            : t('support.cooperationNone')}
        </Text>
        {mayRecord ? (
          <form onSubmit={submit} noValidate data-testid="cooperation-form">
            <Stack gap="sm">
              <ErrorAlert error={record.error} />
              {record.isSuccess ? (
                <Alert color="teal" role="status">
                  {t('support.saved')}
                </Alert>
              ) : null}
              <Group grow>
                <NativeSelect
                  label={t('support.cooperation')}
                  value={status}
                  onChange={(e) => setStatus(e.currentTarget.value as (typeof statuses)[number])}
                  data={statuses.map((s) => ({
                    value: s,
                    label: t(`protectionVocabulary.cooperation.${s}`),
                  }))}
                />
                <DateInput label={t('support.asOf')} value={asOf} onChange={(value) => setAsOf(value)} />
              </Group>
              <Group>
                <Button type="submit" variant="light" loading={record.isPending}>
                  {t('support.recordCooperation')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
