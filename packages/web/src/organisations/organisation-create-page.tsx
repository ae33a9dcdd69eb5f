import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { emptyOrganisation, OrganisationForm, type OrganisationFormValues } from './organisation-form.tsx';
import { useCreateOrganisation, useOrganisations } from './organisation-queries.ts';

export function OrganisationCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.new'));
  return (
    <RequirePermission permission="organisation:create">
      <CreateOrganisation />
    </RequirePermission>
  );
}

function CreateOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const create = useCreateOrganisation();

  const submit = (values: OrganisationFormValues) =>
    create.mutate(
      {
        name: values.name.trim(),
        type: values.type,
        region: values.region.trim() || undefined,
        parentId: values.parentId || undefined,
        address: values.address.trim() || undefined,
      },
      { onSuccess: () => navigate('/organisations') },
    );

  return (
    <Stack>
      <Title order={1}>{t('organisations.new')}</Title>
      <OrganisationForm
        mode="create"
        initial={emptyOrganisation}
        organisations={organisations.data ?? []}
        submitting={create.isPending}
        error={create.error}
        onSubmit={submit}
        onCancel={() => navigate('/organisations')}
      />
    </Stack>
  );
}
