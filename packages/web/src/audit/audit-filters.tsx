import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types.ts';
import { DateInput } from '../common/date-input.tsx';
import type { AuditFilters as Filters } from './audit-queries.ts';

interface AuditFiltersProps {
  value: Filters;
  users: User[];
  onChange: (value: Filters) => void;
}

/** Typed into a draft and applied together, so half-typed dates never hit the server. */
export function AuditFilters({ value, users, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(value);
  const serialised = JSON.stringify(value);
  // Back/forward change the address bar; the form follows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the serialised filters
  useEffect(() => setDraft(value), [serialised]);
  const set = (key: keyof Filters, text: string) => setDraft((old) => ({ ...old, [key]: text || undefined }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };

  return (
    <search aria-label={t('common.filters')}>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('audit.action')}
            value={draft.action ?? ''}
            onChange={(e) => set('action', e.currentTarget.value)}
          />
          <TextInput
            label={t('audit.entityType')}
            value={draft.entityType ?? ''}
            onChange={(e) => set('entityType', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('audit.actor')}
            value={draft.actorUserId ?? ''}
            onChange={(e) => set('actorUserId', e.currentTarget.value)}
            data={[
              { value: '', label: t('audit.anyone') },
              ...users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` })),
            ]}
            maw={260}
          />
          <DateInput
            label={t('audit.from')}
            value={draft.from ?? ''}
            onChange={(value) => set('from', value)}
          />
          <DateInput label={t('audit.to')} value={draft.to ?? ''} onChange={(value) => set('to', value)} />
          <Button type="submit" variant="outline">
            {t('audit.apply')}
          </Button>
          <Button variant="subtle" onClick={() => onChange({})}>
            {t('common.clearFilters')}
          </Button>
        </Group>
      </form>
    </search>
  );
}
