import { Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Organisation, type OrganisationType, organisationTypes } from '../api/types.ts';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';

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
  const form = useFormErrors(props.error, {
    name: { label: t('organisations.name'), value: values.name, required: true },
    type: { label: t('organisations.type'), value: values.type, required: true },
    region: { label: t('organisations.region'), value: values.region },
    parentId: { label: t('organisations.parent'), value: values.parentId },
    active: { label: t('organisations.active'), value: values.active },
    address: {
      label: props.mode === 'create' ? t('organisations.address') : t('organisations.newAddress'),
      value: values.address,
    },
  });
  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    props.onSubmit(values);
  };

  const parents = props.organisations
    .filter((o) => o.id !== props.selfId)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <form onSubmit={submit} noValidate data-testid="organisation-form">
      <Stack maw={640}>
        <FormErrorsAtTop form={form} error={props.error} />
        <TextInput
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          {...form.field('name')}
        />
        <NativeSelect
          value={values.type}
          onChange={(e) => set('type', e.currentTarget.value as OrganisationType)}
          data={organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
          {...form.field('type')}
        />
        <TextInput
          value={values.region}
          onChange={(e) => set('region', e.currentTarget.value)}
          {...form.field('region')}
        />
        <NativeSelect
          value={values.parentId}
          onChange={(e) => set('parentId', e.currentTarget.value)}
          data={[
            { value: '', label: t('organisations.noParent') },
            ...parents.map((o) => ({ value: o.id, label: o.name })),
          ]}
          {...form.field('parentId')}
        />
        {props.mode === 'edit' ? (
          <Checkbox
            checked={values.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
            {...form.field('active')}
          />
        ) : null}
        <Textarea
          description={
            props.mode === 'create' ? t('organisations.addressHelp') : t('organisations.newAddressHelp')
          }
          autosize
          minRows={2}
          value={values.address}
          onChange={(e) => set('address', e.currentTarget.value)}
          {...form.field('address')}
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
