import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ReportTable } from '../api/types.ts';
import { cellText } from './figure-text.ts';

/** Graphics need 3:1 against white (WCAG 1.4.11): blue 8 is 6.9:1, gray 6 is 3.3:1. */
const currentColour = '#1864ab';
const previousColour = '#868e96';

const width = 640;
const labelWidth = 200;
const valueWidth = 48;
const barHeight = 12;
const rowGap = 10;

interface ReportChartProps {
  table: ReportTable;
  report: Pick<Report, 'threshold' | 'period' | 'previousPeriod'>;
}

/**
 * The row totals of both periods as paired horizontal bars, drawn as inline SVG (a charting
 * library would weigh more than the page). The figures themselves are in the table above; the
 * chart's text alternative says so, and hidden (suppressed) figures get no bar, only their marker.
 */
export function ReportChart({ table, report }: ReportChartProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const values = [...table.current.rowTotals, ...table.previous.rowTotals].map((c) => c.value ?? 0);
  const max = Math.max(1, ...values);
  const scale = (width - labelWidth - valueWidth) / max;
  const rowHeight = 2 * barHeight + rowGap;
  const height = table.rows.length * rowHeight + rowGap;
  const label = t('statistics.chartLabel', {
    title: table.title,
    current: report.period.label,
    previous: report.previousPeriod.label,
  });

  return (
    <figure style={{ margin: 0 }} data-testid="report-chart">
      {/* Drawn at its natural size at most, so its text stays the size of the page's text. */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        width="100%"
        style={{ maxWidth: width }}
      >
        <title id={titleId}>{label}</title>
        {table.rows.map((row, r) => {
          const y = r * rowHeight + rowGap;
          const bars = [
            { cell: table.current.rowTotals[r], colour: currentColour, dy: 0 },
            { cell: table.previous.rowTotals[r], colour: previousColour, dy: barHeight },
          ];
          return (
            <g key={row.code}>
              <text x={labelWidth - 8} y={y + barHeight + 4} textAnchor="end" fontSize={12} fill="#212529">
                {row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
              </text>
              {bars.map(({ cell, colour, dy }) => {
                const value = cell?.value ?? 0;
                const barWidth = value * scale;
                return (
                  <g key={colour}>
                    <rect x={labelWidth} y={y + dy} width={barWidth} height={barHeight - 1} fill={colour} />
                    <text
                      x={labelWidth + barWidth + 4}
                      y={y + dy + barHeight - 2}
                      fontSize={11}
                      fill="#212529"
                    >
                      {cell ? cellText(cell, table.measure, i18n.language) : ''}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <Group component="figcaption" gap="md">
        <Swatch colour={currentColour} label={report.period.label} />
        <Swatch colour={previousColour} label={report.previousPeriod.label} />
      </Group>
    </figure>
  );
}

function Swatch({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={6}>
      <span
        aria-hidden="true"
        style={{ display: 'inline-block', width: 14, height: 14, background: colour }}
      />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
