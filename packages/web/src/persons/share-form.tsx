import { Alert, Button, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { can } from '../common/permissions.ts';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { useSharePerson } from './identification-queries.ts';

/** Gives one more organisation access, with the reason that the audit log keeps. */
export function ShareForm({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const organisations = useOrganisations(can(permissions, 'organisation:read'));
  const share = useSharePerson(file.person.id);
  const [organisationId, setOrganisationId] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const serverErrors = useFieldErrors(share.error);
  const holding = new Set(file.organisations.map((o) => o.id));
  const choices = (organisations.data ?? [])
    .filter((o) => o.active && !holding.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = [...(organisationId ? [] : ['organisationId']), ...(reason.trim() ? [] : ['reason'])];
    setMissing(gaps);
    if (gaps.length > 0) return;
    share.mutate(
      { organisationId, reason: reason.trim() },
      {
        onSuccess: () => {
          setOrganisationId('');
          setReason('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="share-title" data-testid="share-form">
      <Stack maw={640} gap="sm">
        <Title order={3} size="h4" id="share-title">
          {t('person.shareTitle')}
        </Title>
        <ErrorAlert error={share.error} />
        {share.isSuccess ? (
          <Alert color="teal" role="status">
            {t('person.shared')}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('persons.organisation')}
          required
          value={organisationId}
          onChange={(e) => setOrganisationId(e.currentTarget.value)}
          data={[
            { value: '', label: t('personForm.choose') },
            ...choices.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={missing.includes('organisationId') ? t('fieldErrors.required') : serverErrors.organisationId}
        />
        <Textarea
          label={t('person.shareReason')}
          description={t('person.shareReasonHelp')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing.includes('reason') ? t('fieldErrors.required') : serverErrors.reason}
        />
        <Button type="submit" variant="outline" w="fit-content" loading={share.isPending}>
          {t('person.share')}
        </Button>
      </Stack>
    </form>
  );
}
