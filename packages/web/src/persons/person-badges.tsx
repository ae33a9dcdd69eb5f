import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdentificationStatus, PersonSummary } from '../api/types.ts';
import { StatusBadge } from '../common/status-badge.tsx';

const statusTone = { presumed: 'warn', identified: 'ok', not_victim: 'off' } as const;

/** Identification status as a badge with its name: Presumed, Identified, Not a victim. */
export function PersonStatusBadge({ status }: { status: IdentificationStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      tone={statusTone[status]}
      label={t(`vocabulary.statuses.${status}`)}
      testId="person-status"
    />
  );
}

/**
 * The status with the flags a case worker must not miss: identified by an NGO only (no state
 * decision yet), and a first decision past its due date.
 */
export function PersonBadges({ person }: { person: PersonSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <PersonStatusBadge status={person.status} />
      {person.ngoOnly ? <StatusBadge tone="info" label={t('persons.ngoOnly')} testId="ngo-only" /> : null}
      {person.overdue ? <StatusBadge tone="bad" label={t('persons.overdue')} testId="overdue" /> : null}
    </Group>
  );
}

export function ChildBadge({ child }: { child: boolean | null }) {
  const { t } = useTranslation();
  return child ? <StatusBadge tone="info" label={t('persons.child')} testId="child" /> : null;
}

/** Age as known: the birth year, or else the approximate band. */
export function ageText(person: Pick<PersonSummary, 'birthYear' | 'ageBand'>, unknown: string): string {
  if (person.birthYear !== null) return String(person.birthYear);
  return person.ageBand ?? unknown;
}
