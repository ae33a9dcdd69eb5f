import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cell, PeriodKey, ReportTable } from '../api/types.ts';
import { cellText } from './figure-text.ts';

/** One figure the user can ask "which records?" about: its cell in the table and its period. */
export interface OpenedFigure {
  table: ReportTable;
  /** Row and column codes; null = the total of that axis (as the drill-down query reads them). */
  row: string | null;
  column: string | null;
  period: PeriodKey;
  periodLabel: string;
  value: number;
}

interface FigureCellProps {
  cell: Cell;
  table: ReportTable;
  threshold: number;
  row: string | null;
  column: string | null;
  period: PeriodKey;
  periodLabel: string;
  /** Only in the internal view: published figures are for reading, not for finding records. */
  onOpen?: (figure: OpenedFigure) => void;
}

/**
 * A figure right-aligned in its cell. In the internal view a non-zero figure is a button that
 * opens its records; its accessible name says which figure it is, since the number alone does not.
 */
export function FigureCell(props: FigureCellProps) {
  const { t, i18n } = useTranslation();
  const { cell, table, onOpen } = props;
  const text = cellText(cell, table.measure, i18n.language);
  const value = cell.value;
  const openable = onOpen && value !== null && value > 0;
  return (
    <Table.Td ta="right" data-suppressed={cell.suppressed || undefined}>
      {openable ? (
        <UnstyledButton
          // Looks like a link (it reveals more), works as a button (it opens a drawer here).
          style={{ color: 'var(--mantine-color-anchor)', textDecoration: 'underline', fontSize: 'inherit' }}
          aria-label={t('statistics.showRecords', {
            value: text,
            what: describeFigure(table, props.row, props.column, t('statistics.total')),
            period: props.periodLabel,
          })}
          onClick={() =>
            onOpen({
              table,
              row: props.row,
              column: props.column,
              period: props.period,
              periodLabel: props.periodLabel,
              value,
            })
          }
        >
          {text}
        </UnstyledButton>
      ) : (
        text
      )}
    </Table.Td>
  );
}

/** "Female, 18 or older" / "Total, 18 or older": the labels of the figure's row and column. */
export function describeFigure(
  table: ReportTable,
  row: string | null,
  column: string | null,
  totalLabel: string,
): string {
  if (row === null && column === null) return totalLabel;
  const rowLabel = row === null ? totalLabel : (table.rows.find((r) => r.code === row)?.label ?? row);
  if (table.columnDimension === null) return rowLabel;
  const columnLabel =
    column === null ? totalLabel : (table.columns.find((c) => c.code === column)?.label ?? column);
  return `${rowLabel}, ${columnLabel}`;
}
