import { Alert, Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';
import { type Role, roles, type User, type UserUpdateInput } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { useUpdateUser } from './user-queries.ts';

/** Edits name, organisation, roles and status; for one's own account only the name. */
export function UserEditForm({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const update = useUpdateUser(user.id);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [organisationId, setOrganisationId] = useState(user.organisationId);
  const [chosenRoles, setChosenRoles] = useState<string[]>(user.roles);
  const [active, setActive] = useState(user.active);
  const [rolesMissing, setRolesMissing] = useState(false);
  const errors = fieldErrorsOf(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: UserUpdateInput = { displayName: displayName.trim() };
    if (!isSelf) {
      setRolesMissing(chosenRoles.length === 0);
      if (chosenRoles.length === 0) return;
      Object.assign(input, { organisationId, roles: chosenRoles as Role[], active });
    }
    update.mutate(input);
  };

  const choices = (organisations.data ?? [])
    .filter((o) => o.active || o.id === user.organisationId)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <form onSubmit={submit} noValidate data-testid="user-edit-form">
      <Stack maw={640}>
        <ErrorAlert error={update.error} />
        {update.isSuccess ? (
          <Alert color="teal" role="status">
            {t('common.saved')}
          </Alert>
        ) : null}
        <TextInput
          label={t('users.displayName')}
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={errors.displayName}
        />
        {isSelf ? null : (
          <>
            <NativeSelect
              label={t('users.organisation')}
              value={organisationId}
              onChange={(e) => setOrganisationId(e.currentTarget.value)}
              data={choices.map((o) => ({ value: o.id, label: o.name }))}
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
            <Checkbox
              label={t('users.active')}
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
              error={errors.active}
            />
          </>
        )}
        <Button type="submit" loading={update.isPending} w="fit-content">
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
