import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { type CreateFacilityInput, useRegisterFacility } from './protection-mutations.ts';

const groups = ['women', 'men', 'children', 'families'] as const;
const operatorTypes = ['state', 'ngo', 'international_organisation'] as const;

/**
 * Register a facility (the administrator): its operator, region, places by group, whether
 * residents may leave. The address is sealed on saving and never shown on the board; only the
 * operator's own staff may reveal it, audited. The administrator writes it and cannot read it back.
 */
export function FacilityForm() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const register = useRegisterFacility();
  const [draft, setDraft] = useState({
    organisationId: '',
    name: '',
    operatorType: 'ngo' as CreateFacilityInput['operatorType'],
    region: '',
    capacity: { women: 0, men: 0, children: 0, families: 0 } as CreateFacilityInput['capacity'],
    freeMovement: true,
    address: '',
  });
  const form = useFormErrors(register.error, {
    organisationId: {
      label: t('protectionForms.operatorOrganisation'),
      value: draft.organisationId,
      required: true,
    },
    name: { label: t('shelters.name'), value: draft.name, required: true },
    region: { label: t('shelters.region'), value: draft.region, required: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    register.mutate(
      { ...draft, specialisations: [], address: draft.address.trim() || null },
      { onSuccess: () => setDraft((d) => ({ ...d, name: '', address: '' })) },
    );
  };
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="facility-form-title">
      <form onSubmit={submit} noValidate data-testid="facility-form">
        <Stack gap="sm">
          <Title order={2} size="h3" id="facility-form-title">
            {t('protectionForms.registerFacility')}
          </Title>
          <FormErrorsAtTop form={form} error={register.error} />
          {register.isSuccess ? (
            <Alert color="teal" role="status">
              {t('support.saved')}
            </Alert>
          ) : null}
          <Group grow>
            <NativeSelect
              {...form.field('organisationId')}
              value={draft.organisationId}
              onChange={(e) => setDraft({ ...draft, organisationId: e.currentTarget.value })}
              data={[
                { value: '', label: t('support.choose') },
                ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
            <NativeSelect
              label={t('shelters.operator')}
              value={draft.operatorType}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  operatorType: e.currentTarget.value as CreateFacilityInput['operatorType'],
                })
              }
              data={operatorTypes.map((o) => ({
                value: o,
                label: t(`protectionVocabulary.operatorTypes.${o}`),
              }))}
            />
          </Group>
          <Group grow>
            <TextInput
              {...form.field('name')}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
            <TextInput
              {...form.field('region')}
              value={draft.region}
              onChange={(e) => setDraft({ ...draft, region: e.currentTarget.value })}
            />
          </Group>
          <Group grow>
            {groups.map((g) => (
              <NumberInput
                key={g}
                label={t('protectionForms.placesFor', { group: t(`protectionVocabulary.groups.${g}`) })}
                min={0}
                allowDecimal={false}
                value={draft.capacity[g]}
                onChange={(v) =>
                  setDraft({ ...draft, capacity: { ...draft.capacity, [g]: typeof v === 'number' ? v : 0 } })
                }
              />
            ))}
          </Group>
          <Checkbox
            label={t('shelters.freeMovement')}
            checked={draft.freeMovement}
            onChange={(e) => setDraft({ ...draft, freeMovement: e.currentTarget.checked })}
          />
          <Textarea
            label={t('facility.address')}
            description={t('protectionForms.addressHint')}
            autosize
            minRows={2}
            value={draft.address}
            onChange={(e) => setDraft({ ...draft, address: e.currentTarget.value })}
          />
          <Group>
            <Button type="submit" loading={register.isPending}>
              {t('protectionForms.registerButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
