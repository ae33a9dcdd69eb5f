import { Alert, Button, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alertSubjects, type Organisation, type SendAlertInput } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { useSendAlert } from './alert-queries.ts';

const empty = { toOrganisationId: '', subject: '', title: '', details: '' };
type Draft = typeof empty;

/** The four fields the server needs; the draft is kept until the server has the alert. */
export function AlertForm({ organisations, ownId }: { organisations: Organisation[]; ownId: string }) {
  const { t } = useTranslation();
  const send = useSendAlert();
  const serverErrors = useFieldErrors(send.error);
  const [draft, setDraft] = useState<Draft>(empty);
  const [missing, setMissing] = useState<(keyof Draft)[]>([]);
  const recipients = organisations
    .filter((o) => o.active && o.id !== ownId)
    .sort((a, b) => a.name.localeCompare(b.name));

  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const errorOf = (key: keyof Draft) =>
    missing.includes(key) ? t('fieldErrors.required') : serverErrors[key];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = (Object.keys(draft) as (keyof Draft)[]).filter((k) => !draft[k].trim());
    setMissing(gaps);
    if (gaps.length > 0) return;
    const input: SendAlertInput = {
      toOrganisationId: draft.toOrganisationId,
      subject: draft.subject as SendAlertInput['subject'],
      title: draft.title.trim(),
      details: draft.details.trim(),
    };
    // Cleared only on success: a dropped connection or a 4xx keeps everything typed.
    send.mutate(input, { onSuccess: () => setDraft(empty) });
  };

  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="alert-form-title">
      <form onSubmit={submit} noValidate data-testid="alert-form">
        <Stack gap="sm">
          <Title order={2} size="h3" id="alert-form-title">
            {t('alertForm.title')}
          </Title>
          <Text size="sm">{t('alertForm.intro')}</Text>
          <ErrorAlert error={send.error} />
          {send.isSuccess && !draft.title ? (
            <Alert color="teal" role="status">
              {t('alertForm.sent')}
            </Alert>
          ) : null}
          <NativeSelect
            label={t('alertForm.recipient')}
            required
            value={draft.toOrganisationId}
            onChange={(e) => set('toOrganisationId')(e.currentTarget.value)}
            data={[
              { value: '', label: t('alertForm.choose') },
              ...recipients.map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={errorOf('toOrganisationId')}
          />
          <NativeSelect
            label={t('alertForm.subject')}
            required
            value={draft.subject}
            onChange={(e) => set('subject')(e.currentTarget.value)}
            data={[
              { value: '', label: t('alertForm.choose') },
              ...alertSubjects.map((s) => ({ value: s, label: t(`alertVocabulary.subjects.${s}`) })),
            ]}
            error={errorOf('subject')}
          />
          <TextInput
            label={t('alertForm.alertTitle')}
            description={t('alertForm.titleHelp')}
            required
            maxLength={200}
            value={draft.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            error={errorOf('title')}
          />
          <Textarea
            label={t('alertForm.details')}
            description={t('alertForm.detailsHelp')}
            required
            autosize
            minRows={4}
            maxLength={5000}
            value={draft.details}
            onChange={(e) => set('details')(e.currentTarget.value)}
            error={errorOf('details')}
          />
          <Button type="submit" w="fit-content" loading={send.isPending}>
            {t('alertForm.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
