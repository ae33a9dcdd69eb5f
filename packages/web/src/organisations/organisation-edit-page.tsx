import { Alert, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { AddressPanel } from './address-panel.tsx';
import { OrganisationForm, type OrganisationFormValues } from './organisation-form.tsx';
import { useOrganisation, useOrganisations, useUpdateOrganisation } from './organisation-queries.ts';

export function OrganisationEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.editTitle'));
  return (
    <RequirePermission permission="organisation:update">
      <EditOrganisation />
    </RequirePermission>
  );
}

function EditOrganisation() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const organisation = useOrganisation(id);
  const organisations = useOrganisations();
  const update = useUpdateOrganisation(id);
  const session = useSession();
  const [saved, setSaved] = useState(false);

  if (organisation.isPending) return <PageLoader />;
  if (organisation.isError)
    return <ErrorAlert error={organisation.error} onRetry={() => void organisation.refetch()} />;
  const o = organisation.data;

  const submit = (values: OrganisationFormValues) => {
    setSaved(false);
    update.mutate(
      {
        name: values.name.trim(),
        type: values.type,
        region: values.region.trim() || null,
        parentId: values.parentId || null,
        active: values.active,
        // An empty field means "keep the sealed address": it is never loaded into the form.
        ...(values.address.trim() ? { address: values.address.trim() } : {}),
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <Stack>
      <Title order={1}>
        {t('organisations.editTitle')}: {o.name}
      </Title>
      {saved ? (
        <Alert color="teal" role="status">
          {t('common.saved')}
        </Alert>
      ) : null}
      <OrganisationForm
        key={o.id}
        mode="edit"
        selfId={o.id}
        initial={{
          name: o.name,
          type: o.type,
          region: o.region ?? '',
          parentId: o.parentId ?? '',
          active: o.active,
          address: '',
        }}
        organisations={organisations.data ?? []}
        submitting={update.isPending}
        error={update.error}
        onSubmit={submit}
        onCancel={() => navigate('/organisations')}
      />
      <AddressPanel
        organisationId={o.id}
        hasAddress={o.hasAddress}
        mayReveal={session.organisation.id === o.id}
      />
    </Stack>
  );
}
