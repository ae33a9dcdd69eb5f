import { Alert, Button, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alertSubjects, type Organisation, type SendAlertInput } from '../api/types.ts';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useSendAlert } from './alert-queries.ts';

const empty = { toOrganisationId: '', subject: '', title: '', details: '' };
type Draft = typeof empty;

/** The four fields the server needs; the draft is kept until the server has the alert. */
export function AlertForm({ organisations, ownId }: { organisations: Organisation[]; ownId: string }) {
  const { t } = useTranslation();
  const send = useSendAlert();
  const [draft, setDraft] = useState<Draft>(empty);
  const form = useFormErrors(send.error, {
    toOrganisationId: { label: t('alertForm.recipient'), value: draft.toOrganisationId, required: true },
    subject: { label: t('alertForm.subject'), value: draft.subject, required: true },
    title: { label: t('alertForm.alertTitle'), value: draft.title, required: true },
    details: { label: t('alertForm.details'), value: draft.details, required: true },
  });
  const recipients = organisations
    .filter((o) => o.active && o.id !== ownId)
    .sort((a, b) => a.name.localeCompare(b.name));

  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
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
          <FormErrorsAtTop form={form} error={send.error} />
          {send.isSuccess && !draft.title ? (
            <Alert color="teal" role="status">
              {t('alertForm.sent')}
            </Alert>
          ) : null}
          <NativeSelect
            value={draft.toOrganisationId}
            onChange={(e) => set('toOrganisationId')(e.currentTarget.value)}
            data={[
              { value: '', label: t('alertForm.choose') },
              ...recipients.map((o) => ({ value: o.id, label: o.name })),
            ]}
            {...form.field('toOrganisationId')}
          />
          <NativeSelect
            value={draft.subject}
            onChange={(e) => set('subject')(e.currentTarget.value)}
            data={[
              { value: '', label: t('alertForm.choose') },
              ...alertSubjects.map((s) => ({ value: s, label: t(`alertVocabulary.subjects.${s}`) })),
            ]}
            {...form.field('subject')}
          />
          <TextInput
            description={t('alertForm.titleHelp')}
            maxLength={200}
            value={draft.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            {...form.field('title')}
          />
          <Textarea
            description={t('alertForm.detailsHelp')}
            autosize
            minRows={4}
            maxLength={5000}
            value={draft.details}
            onChange={(e) => set('details')(e.currentTarget.value)}
            {...form.field('details')}
          />
          <Button type="submit" w="fit-content" loading={send.isPending}>
            {t('alertForm.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
