import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** The column's order now: ascending, descending, or not sorted by this column. */
  direction: 'asc' | 'desc' | null;
  onSort: () => void;
}

/**
 * A column header that sorts: a real button inside the th, whose aria-sort tells a screen reader
 * the current order, and whose arrow shows it to everyone else.
 */
export function SortHeader({ label, direction, onSort }: Props) {
  const { t } = useTranslation();
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  const arrow = direction === 'asc' ? ' ↑' : direction === 'desc' ? ' ↓' : '';
  return (
    <Table.Th scope="col" aria-sort={ariaSort}>
      <UnstyledButton
        onClick={onSort}
        fw={700}
        fz="sm"
        title={t('lists.sortBy', { column: label })}
        style={{ textDecoration: 'underline dotted', whiteSpace: 'nowrap' }}
      >
        {label}
        {arrow ? <span aria-hidden="true">{arrow}</span> : null}
      </UnstyledButton>
    </Table.Th>
  );
}
