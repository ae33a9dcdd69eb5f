import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Locale, locales, type Role, roles } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { PasswordField } from '../common/password-field.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { currentLocale } from '../i18n/i18n.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { useCreateUser } from './user-queries.ts';

export function UserCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('users.new'));
  return (
    <RequirePermission permission="user:create">
      <CreateUser />
    </RequirePermission>
  );
}

function CreateUser() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const create = useCreateUser();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [chosenRoles, setChosenRoles] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const form = useFormErrors(create.error, {
    email: { label: t('users.email'), value: email, required: true },
    displayName: { label: t('users.displayName'), value: displayName, required: true },
    organisationId: { label: t('users.organisation'), value: organisationId, required: true },
    roles: {
      id: 'user-roles',
      label: t('users.roles'),
      value: chosenRoles,
      required: true,
      requiredMessage: t('users.rolesRequired'),
    },
    password: { label: t('users.initialPassword'), value: password, required: true },
    locale: { label: t('users.locale'), value: locale },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    create.mutate(
      {
        email: email.trim(),
        displayName: displayName.trim(),
        organisationId,
        roles: chosenRoles as Role[],
        password,
        locale,
      },
      { onSuccess: () => navigate('/users') },
    );
  };

  const active = (organisations.data ?? [])
    .filter((o) => o.active)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack>
      <Title order={1}>{t('users.new')}</Title>
      <form onSubmit={submit} noValidate data-testid="user-form">
        <Stack maw={640}>
          <FormErrorsAtTop form={form} error={create.error} />
          <TextInput
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            {...form.field('email')}
          />
          <TextInput
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            {...form.field('displayName')}
          />
          <NativeSelect
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...active.map((o) => ({ value: o.id, label: o.name }))]}
            {...form.field('organisationId')}
          />
          <CheckboxFieldset
            legend={t('users.roles')}
            options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={chosenRoles}
            onChange={setChosenRoles}
            id="user-roles"
            error={form.errorOf('roles')}
            testId="user-roles"
          />
          <PasswordField
            description={t('users.passwordHelp')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            {...form.field('password')}
          />
          <NativeSelect
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value as Locale)}
            data={locales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            {...form.field('locale')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('common.create')}
            </Button>
            <Button variant="default" onClick={() => navigate('/users')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
