import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { usePageTitle } from '../common/use-page-title.ts';

const bases = [
  'no_longer_necessary',
  'consent_withdrawn',
  'objection',
  'unlawful_processing',
  'legal_obligation',
] as const;

/** Saves what the server sent as a file, without keeping it in the page. */
function saveFile(name: string, body: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The data protection officer answers a lawful request: export, or erase (audited, by code).
 * Erasure cannot be undone, so it asks once more, naming the person's code.
 */
export function SubjectRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('subjectRequests.title'));
  const [code, setCode] = useState('');
  const [reference, setReference] = useState('');
  const [basis, setBasis] = useState<(typeof bases)[number]>('consent_withdrawn');
  const [confirming, setConfirming] = useState(false);
  const exported = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/retention/subject-access', {
          body: { code: code.trim(), requestReference: reference.trim() },
        }),
      ),
    onSuccess: (data) => saveFile(`subject-access-${code.trim()}.json`, data),
  });
  const erased = useMutation({
    mutationFn: (body: { code: string; legalBasis: (typeof bases)[number]; requestReference: string }) =>
      unwrap(api.POST('/api/retention/erasures', { body })),
    onSettled: () => setConfirming(false),
  });
  const error = exported.error ?? erased.error;
  const form = useFormErrors(error, {
    code: { label: t('subjectRequests.code'), value: code, required: true },
    requestReference: { label: t('subjectRequests.reference'), value: reference, required: true },
  });
  const exportAll = (event: FormEvent) => {
    event.preventDefault();
    erased.reset();
    if (form.check()) exported.mutate();
  };
  const askToErase = () => {
    exported.reset();
    if (form.check()) setConfirming(true);
  };
  return (
    <RequirePermission permission="data_subject_request:create">
      <Stack maw={720} data-testid="subject-requests">
        <Title order={1}>{t('subjectRequests.title')}</Title>
        <Text>{t('subjectRequests.intro')}</Text>
        <form onSubmit={exportAll} noValidate>
          <Stack>
            <FormErrorsAtTop form={form} error={error} />
            {erased.isSuccess ? (
              <Alert color="teal" role="status">
                {t('subjectRequests.erased', { code: erased.variables.code })}
              </Alert>
            ) : null}
            <TextInput
              {...form.field('code')}
              value={code}
              maxLength={60}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <TextInput
              {...form.field('requestReference')}
              description={t('subjectRequests.referenceHelp')}
              value={reference}
              maxLength={64}
              onChange={(e) => setReference(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={exported.isPending}>
                {t('subjectRequests.export')}
              </Button>
            </Group>
            <NativeSelect
              label={t('subjectRequests.basis')}
              value={basis}
              onChange={(e) => setBasis(e.currentTarget.value as (typeof bases)[number])}
              data={bases.map((b) => ({ value: b, label: t(`subjectRequests.bases.${b}`) }))}
            />
            <Group>
              <Button color="red.9" onClick={askToErase}>
                {t('subjectRequests.erase')}
              </Button>
            </Group>
          </Stack>
        </form>
        <ConfirmDialog
          opened={confirming}
          title={t('subjectRequests.confirmTitle', { code: code.trim() })}
          message={t('subjectRequests.confirmMessage', { basis: t(`subjectRequests.bases.${basis}`) })}
          confirmLabel={t('subjectRequests.confirmErase')}
          danger
          busy={erased.isPending}
          onConfirm={() =>
            erased.mutate({ code: code.trim(), legalBasis: basis, requestReference: reference.trim() })
          }
          onCancel={() => setConfirming(false)}
        />
      </Stack>
    </RequirePermission>
  );
}
