import { Alert, Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, roles, type User, type UserUpdateInput } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
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
  const form = useFormErrors(update.error, {
    displayName: { label: t('users.displayName'), value: displayName, required: true },
    organisationId: { label: t('users.organisation'), value: organisationId },
    roles: {
      id: 'user-roles',
      label: t('users.roles'),
      value: chosenRoles,
      required: !isSelf,
      requiredMessage: t('users.rolesRequired'),
    },
    active: { label: t('users.active'), value: active },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const input: UserUpdateInput = { displayName: displayName.trim() };
    if (!isSelf) {
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
        <FormErrorsAtTop form={form} error={update.error} />
        {update.isSuccess ? (
          <Alert color="teal" role="status">
            {t('common.saved')}
          </Alert>
        ) : null}
        <TextInput
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          {...form.field('displayName')}
        />
        {isSelf ? null : (
          <>
            <NativeSelect
              value={organisationId}
              onChange={(e) => setOrganisationId(e.currentTarget.value)}
              data={choices.map((o) => ({ value: o.id, label: o.name }))}
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
            <Checkbox
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
              {...form.field('active')}
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
