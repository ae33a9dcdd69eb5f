import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cell, Report, ReportTable as ReportTableData } from '../api/types.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { FigureCell, type OpenedFigure } from './figure-cell.tsx';
import { changeOf, changeText } from './figure-text.ts';

interface ReportTableProps {
  table: ReportTableData;
  report: Pick<Report, 'threshold' | 'period' | 'previousPeriod'>;
  onOpen?: (figure: OpenedFigure) => void;
}

/**
 * One report table: the breakdown of the report period (when the table has columns), then the
 * row totals of both periods and the change. Two header rows grouped with scope="colgroup", so a
 * screen reader announces "2025, by age group, 18 or older" for a cell.
 */
export function ReportTable({ table, report, onOpen }: ReportTableProps) {
  const { t, i18n } = useTranslation();
  const current = report.period.label;
  const previous = report.previousPeriod.label;
  const total = t(table.measure.kind === 'count' ? 'statistics.total' : 'statistics.overall');
  const twoWay = table.columnDimension !== null && table.columns.length > 0;
  const cell = (value: Cell, row: string | null, column: string | null, which: 'current' | 'previous') => (
    <FigureCell
      key={`${which}-${column ?? 'total'}`}
      cell={value}
      table={table}
      threshold={report.threshold}
      row={row}
      column={column}
      period={which}
      periodLabel={which === 'current' ? current : previous}
      onOpen={onOpen}
    />
  );
  const change = (a: Cell, b: Cell) => (
    <Table.Td ta="right">{changeText(changeOf(a, b), table.measure, i18n.language)}</Table.Td>
  );
  const none: Cell = { value: null, suppressed: false };

  return (
    <TableScroll label={table.title}>
      <Table
        withTableBorder
        withColumnBorders
        striped
        verticalSpacing={4}
        captionSide="top"
        data-testid="report-table"
      >
        <Table.Caption>{t('statistics.caption', { title: table.title, current, previous })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {table.rowDimension.label}
            </Table.Th>
            {twoWay ? (
              <Table.Th scope="colgroup" colSpan={table.columns.length} ta="center">
                {t('statistics.byColumn', { period: current, dimension: table.columnDimension?.label ?? '' })}
              </Table.Th>
            ) : null}
            <Table.Th scope="colgroup" colSpan={3} ta="center">
              {table.measure.kind === 'count' ? total : table.measureLabel}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {twoWay
              ? table.columns.map((column) => (
                  <Table.Th key={column.code} scope="col" ta="right">
                    {column.label}
                  </Table.Th>
                ))
              : null}
            <Table.Th scope="col" ta="right">
              {current}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {previous}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('statistics.change')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, r) => {
            const now = table.current.rowTotals[r] ?? none;
            const before = table.previous.rowTotals[r] ?? none;
            return (
              <Table.Tr key={row.code} data-testid="report-row">
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                {twoWay
                  ? table.columns.map((column, c) =>
                      cell(table.current.cells[r]?.[c] ?? none, row.code, column.code, 'current'),
                    )
                  : null}
                {cell(now, row.code, null, 'current')}
                {cell(before, row.code, null, 'previous')}
                {change(now, before)}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="report-total-row">
            <Table.Th scope="row">{total}</Table.Th>
            {twoWay
              ? table.columns.map((column, c) =>
                  cell(table.current.columnTotals[c] ?? none, null, column.code, 'current'),
                )
              : null}
            {cell(table.current.total, null, null, 'current')}
            {cell(table.previous.total, null, null, 'previous')}
            {change(table.current.total, table.previous.total)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
