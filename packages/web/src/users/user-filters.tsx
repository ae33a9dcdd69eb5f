import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Organisation, roles } from '../api/types.ts';
import type { UserFilters as Filters } from './user-queries.ts';

interface UserFiltersProps {
  value: Filters;
  organisations: Organisation[];
  onChange: (value: Filters) => void;
}

/** Selects apply at once; the search text applies on Enter or the button, not on every key. */
export function UserFilters({ value, organisations, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value.search ?? '');
  // The address bar is the source of truth: back/forward must update the text box too.
  useEffect(() => setSearch(value.search ?? ''), [value.search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, search: search.trim() || undefined });
  };

  return (
    <search aria-label={t('common.filters')}>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('users.organisationFilter')}
            value={value.organisationId ?? ''}
            onChange={(e) => onChange({ ...value, organisationId: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('users.allOrganisations') },
              ...organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <NativeSelect
            label={t('users.roleFilter')}
            value={value.role ?? ''}
            onChange={(e) => onChange({ ...value, role: roles.find((r) => r === e.currentTarget.value) })}
            data={[
              { value: '', label: t('users.allRoles') },
              ...roles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
            ]}
          />
          <TextInput
            label={t('users.searchLabel')}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Button type="submit" variant="outline">
            {t('common.search')}
          </Button>
          <Button variant="subtle" onClick={() => onChange({})}>
            {t('common.clearFilters')}
          </Button>
        </Group>
      </form>
    </search>
  );
}
