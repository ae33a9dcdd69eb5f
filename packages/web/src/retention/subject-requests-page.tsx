import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
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

/** The data protection officer answers a lawful request: export, or erase (audited, by code). */
export function SubjectRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('subjectRequests.title'));
  const [code, setCode] = useState('');
  const [reference, setReference] = useState('');
  const [basis, setBasis] = useState<(typeof bases)[number]>('consent_withdrawn');
  const exported = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/retention/subject-access', {
          body: { code: code.trim(), requestReference: reference },
        }),
      ),
    onSuccess: (data) => saveFile(`subject-access-${code.trim()}.json`, data),
  });
  const erased = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/retention/erasures', {
          body: { code: code.trim(), legalBasis: basis, requestReference: reference },
        }),
      ),
  });
  return (
    <RequirePermission permission="data_subject_request:create">
      <Stack maw={720} data-testid="subject-requests">
        <Title order={1}>{t('subjectRequests.title')}</Title>
        <Text>{t('subjectRequests.intro')}</Text>
        <ErrorAlert error={exported.error ?? erased.error} />
        {erased.isSuccess ? (
          <Alert color="teal" role="status">
            {t('subjectRequests.erased')}
          </Alert>
        ) : null}
        <TextInput
          required
          label={t('subjectRequests.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <TextInput
          required
          label={t('subjectRequests.reference')}
          description={t('subjectRequests.referenceHelp')}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
        />
        <Group>
          <Button onClick={() => exported.mutate()} loading={exported.isPending}>
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
          <Button color="red" onClick={() => erased.mutate()} loading={erased.isPending}>
            {t('subjectRequests.erase')}
          </Button>
        </Group>
      </Stack>
    </RequirePermission>
  );
}
