import { Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';
import { type Organisation, type OrganisationType, organisationTypes } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';

export interface OrganisationFormValues {
  name: string;
  type: OrganisationType;
  region: string;
  parentId: string;
  active: boolean;
  address: string;
}

export const emptyOrganisation: OrganisationFormValues = {
  name: '',
  type: 'ngo',
  region: '',
  parentId: '',
  active: true,
  address: '',
};

interface OrganisationFormProps {
  mode: 'create' | 'edit';
  initial: OrganisationFormValues;
  /** Candidates for the parent; the organisation itself is left out. */
  organisations: Organisation[];
  selfId?: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: OrganisationFormValues) => void;
  onCancel: () => void;
}

/** Create and edit share one form; the values stay in state when the server says no. */
export function OrganisationForm(props: OrganisationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initial);
  const errors = fieldErrorsOf(props.error);
  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(values);
  };

  const parents = props.organisations
    .filter((o) => o.id !== props.selfId)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <form onSubmit={submit} noValidate data-testid="organisation-form">
      <Stack maw={640}>
        <ErrorAlert error={props.error} />
        <TextInput
          label={t('organisations.name')}
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
        />
        <NativeSelect
          label={t('organisations.type')}
          required
          value={values.type}
          onChange={(e) => set('type', e.currentTarget.value as OrganisationType)}
          data={organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
          error={errors.type}
        />
        <TextInput
          label={t('organisations.region')}
          value={values.region}
          onChange={(e) => set('region', e.currentTarget.value)}
          error={errors.region}
        />
        <NativeSelect
          label={t('organisations.parent')}
          value={values.parentId}
          onChange={(e) => set('parentId', e.currentTarget.value)}
          data={[
            { value: '', label: t('organisations.noParent') },
            ...parents.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={errors.parentId}
        />
        {props.mode === 'edit' ? (
          <Checkbox
            label={t('organisations.active')}
            checked={values.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
            error={errors.active}
          />
        ) : null}
        <Textarea
          label={props.mode === 'create' ? t('organisations.address') : t('organisations.newAddress')}
          description={
            props.mode === 'create' ? t('organisations.addressHelp') : t('organisations.newAddressHelp')
          }
          autosize
          minRows={2}
          value={values.address}
          onChange={(e) => set('address', e.currentTarget.value)}
          error={errors.address}
        />
        <Group>
          <Button type="submit" loading={props.submitting}>
            {props.mode === 'create' ? t('common.create') : t('common.save')}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
