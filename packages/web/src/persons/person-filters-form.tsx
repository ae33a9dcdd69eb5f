import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ageBands,
  exploitationForms,
  genders,
  identificationStatuses,
  type Organisation,
} from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';
import type { AddressChange } from '../common/use-address-state.ts';
import type { PersonFilters } from './person-filters.ts';
import { useCountryOptions } from './use-country-options.ts';

interface Props {
  value: PersonFilters;
  organisations: Organisation[] | null;
  /** Called with the change, applied to the filters as they are when it lands (useAddressState). */
  onChange: (change: AddressChange<PersonFilters>) => void;
}

/** Selects and checkboxes apply at once (from the first page); the code applies on Enter or Search. */
export function PersonFiltersForm({ value, organisations, onChange }: Props) {
  const { t } = useTranslation();
  // Only those who record protection grant reflection periods; a link may still carry the filter.
  const { permissions } = useSession();
  const reflectionShown = can(permissions, 'protection:read') || value.reflectionEnding === 'true';
  const countries = useCountryOptions();
  const [code, setCode] = useState(value.code ?? '');
  // The address bar is the source of truth: Back must update the text box too.
  useEffect(() => setCode(value.code ?? ''), [value.code]);

  const set = (patch: Partial<PersonFilters>) => onChange((current) => ({ ...current, ...patch }));
  const pick = <K extends keyof PersonFilters>(key: K) => ({
    value: (value[key] as string | undefined) ?? '',
    onChange: (e: { currentTarget: { value: string } }) =>
      set({ [key]: e.currentTarget.value || undefined } as Partial<PersonFilters>),
  });
  const all = (label: string) => ({ value: '', label });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ code: code.trim() || undefined });
  };

  return (
    <search aria-label={t('common.filters')}>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('lists.codeFragment')}
            type="search"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            w={160}
          />
          <NativeSelect
            label={t('persons.status')}
            {...pick('status')}
            data={[
              all(t('persons.anyStatus')),
              ...identificationStatuses.map((s) => ({ value: s, label: t(`vocabulary.statuses.${s}`) })),
            ]}
          />
          <NativeSelect
            label={t('persons.sex')}
            {...pick('gender')}
            data={[
              all(t('persons.any')),
              ...genders.map((g) => ({ value: g, label: t(`vocabulary.genders.${g}`) })),
            ]}
          />
          <NativeSelect
            label={t('persons.childOrAdult')}
            {...pick('child')}
            data={[
              all(t('persons.any')),
              { value: 'true', label: t('persons.children') },
              { value: 'false', label: t('persons.adults') },
            ]}
          />
          <NativeSelect
            label={t('persons.ageBand')}
            {...pick('ageBand')}
            data={[all(t('persons.any')), ...ageBands.map((b) => ({ value: b, label: b }))]}
          />
          <NativeSelect
            label={t('persons.nationality')}
            {...pick('citizenship')}
            data={[all(t('persons.any')), ...countries]}
            w={200}
          />
          <NativeSelect
            label={t('persons.form')}
            {...pick('form')}
            data={[
              all(t('persons.any')),
              ...exploitationForms.map((f) => ({ value: f, label: t(`vocabulary.forms.${f}`) })),
            ]}
            w={200}
          />
          {organisations ? (
            <NativeSelect
              label={t('persons.organisation')}
              {...pick('organisationId')}
              data={[
                all(t('persons.anyOrganisation')),
                ...organisations.map((o) => ({ value: o.id, label: o.name })),
              ]}
              w={220}
            />
          ) : null}
          <Checkbox
            label={t('persons.overdueOnly')}
            checked={value.overdue === 'true'}
            onChange={(e) => set({ overdue: e.currentTarget.checked ? 'true' : undefined })}
            mb={8}
          />
          <Checkbox
            label={t('persons.ngoOnlyFilter')}
            checked={value.ngoOnly === 'true'}
            onChange={(e) => set({ ngoOnly: e.currentTarget.checked ? 'true' : undefined })}
            mb={8}
          />
          {reflectionShown ? (
            <Checkbox
              label={t('persons.reflectionEndingFilter')}
              checked={value.reflectionEnding === 'true'}
              onChange={(e) => set({ reflectionEnding: e.currentTarget.checked ? 'true' : undefined })}
              mb={8}
            />
          ) : null}
          <Button type="submit" variant="outline">
            {t('common.search')}
          </Button>
          <Button
            variant="subtle"
            onClick={() => onChange((current) => (current.sort ? { sort: current.sort } : {}))}
          >
            {t('common.clearFilters')}
          </Button>
        </Group>
      </form>
    </search>
  );
}
