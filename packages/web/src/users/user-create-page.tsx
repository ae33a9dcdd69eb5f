import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../api/api-error.ts';
import { type Locale, locales, type Role, roles } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PasswordField } from '../common/password-field.tsx';
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
  const [rolesMissing, setRolesMissing] = useState(false);
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRolesMissing(chosenRoles.length === 0);
    if (chosenRoles.length === 0) return;
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
          <ErrorAlert error={create.error} />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <TextInput
            label={t('users.displayName')}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.displayName}
          />
          <NativeSelect
            label={t('users.organisation')}
            required
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...active.map((o) => ({ value: o.id, label: o.name }))]}
            error={errors.organisationId}
          />
          <CheckboxFieldset
            legend={t('users.roles')}
            options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={chosenRoles}
            onChange={setChosenRoles}
            error={rolesMissing ? t('users.rolesRequired') : errors.roles}
            testId="user-roles"
          />
          <PasswordField
            label={t('users.initialPassword')}
            description={t('users.passwordHelp')}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <NativeSelect
            label={t('users.locale')}
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value as Locale)}
            data={locales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            error={errors.locale}
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
