import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useFormat } from '../i18n/format.ts';
import { type ThreadKind, usePostMessage, useReferralMessages } from './referral-queries.ts';

/** The two organisations' conversation about a referral or alert, oldest first, and a reply box. */
export function MessageThread({
  referralId,
  organisationId,
  kind = 'referrals',
  canPost = true,
  nameOf,
}: {
  referralId: string;
  organisationId: string;
  kind?: ThreadKind;
  /** The record's own answer (`may.message` on a referral); without it the thread is read-only. */
  canPost?: boolean;
  /** The two parties' names by organisation id, so each message says who wrote it. */
  nameOf?: (organisationId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useReferralMessages(referralId, true, kind);
  const post = usePostMessage(referralId, kind);
  const [body, setBody] = useState('');
  // As every form says it: "Fill in “Message”." at the top and under the field.
  const form = useFormErrors(post.error, {
    body: { label: t('referral.message'), value: body, required: true },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    // The text is cleared only once the server has it: a failed send keeps what was typed.
    post.mutate(body.trim(), { onSuccess: () => setBody('') });
  };

  return (
    <section aria-labelledby="referral-messages-title">
      <Stack gap="sm" maw={760}>
        <Title order={2} size="h3" id="referral-messages-title">
          {t('referral.messages')}
        </Title>
        <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />
        {messages.data?.length === 0 ? <Text>{t('referral.noMessages')}</Text> : null}
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {(messages.data ?? []).map((m) => (
            <Paper key={m.id} component="li" withBorder p="sm" data-testid="referral-message">
              <Text size="xs" c="dimmed">
                {nameOf?.(m.authorOrganisationId) ??
                  (m.authorOrganisationId === organisationId
                    ? t('referral.yourOrganisation')
                    : t('referral.otherOrganisation'))}{' '}
                · {format.dateTime(m.createdAt)}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
            </Paper>
          ))}
        </Stack>
        {canPost ? (
          <form onSubmit={submit} noValidate data-testid="message-form">
            <Stack gap="xs">
              <FormErrorsAtTop form={form} error={post.error} />
              {post.isSuccess && !body ? (
                <Alert color="teal" role="status">
                  {t('referral.messageSent')}
                </Alert>
              ) : null}
              <Textarea
                {...form.field('body')}
                description={t('referral.messageHelp')}
                autosize
                minRows={3}
                maxLength={5000}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
              <Button type="submit" w="fit-content" loading={post.isPending}>
                {t('referral.sendMessage')}
              </Button>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </section>
  );
}
