import { Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, User } from '../api/types.ts';
import { DateInput } from '../common/date-input.tsx';
import { auditActionOptions } from './audit-action-options.ts';
import type { AuditFilters as Filters } from './audit-queries.ts';

interface AuditFiltersProps {
  value: Filters;
  users: User[];
  organisations: Organisation[];
  onChange: (value: Filters) => void;
}

/** Chosen into a draft and applied together, so half-typed dates never hit the server. */
export function AuditFilters({ value, users, organisations, onChange }: AuditFiltersProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Filters>(value);
  const serialised = JSON.stringify(value);
  // Back/forward change the address bar; the form follows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the serialised filters
  useEffect(() => setDraft(value), [serialised]);
  const set = (key: keyof Filters, text: string | null) =>
    setDraft((old) => ({ ...old, [key]: text || undefined }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };

  return (
    <search aria-label={t('common.filters')}>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('audit.action')}
            placeholder={t('auditLog.anyAction')}
            data={auditActionOptions(i18n.language)}
            value={draft.action ?? null}
            onChange={(v) => set('action', v)}
            searchable
            clearable
            maw={300}
            data-testid="audit-action-picker"
          />
          <Select
            label={t('auditLog.organisation')}
            placeholder={t('auditLog.anyOrganisation')}
            data={organisations.map((o) => ({ value: o.id, label: o.name }))}
            value={draft.actorOrganisationId ?? null}
            onChange={(v) => set('actorOrganisationId', v)}
            searchable
            clearable
            maw={260}
          />
          <Select
            label={t('audit.actor')}
            placeholder={t('audit.anyone')}
            data={users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }))}
            value={draft.actorUserId ?? null}
            onChange={(v) => set('actorUserId', v)}
            searchable
            clearable
            maw={260}
          />
          <TextInput
            label={t('auditLog.personCode')}
            description={t('auditLog.personCodeHelp')}
            value={draft.personCode ?? ''}
            onChange={(e) => set('personCode', e.currentTarget.value)}
            maw={200}
          />
          <DateInput label={t('audit.from')} value={draft.from ?? ''} onChange={(v) => set('from', v)} />
          <DateInput label={t('audit.to')} value={draft.to ?? ''} onChange={(v) => set('to', v)} />
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
