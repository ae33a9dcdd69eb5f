import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report, ReportTable } from '../api/types.ts';
import { cellText } from './figure-text.ts';

/** Graphics need 3:1 against white (WCAG 1.4.11): blue 8 is 6.9:1, gray 6 is 3.3:1. */
const currentColour = '#1864ab';
const previousColour = '#868e96';

interface ReportChartProps {
  table: ReportTable;
  report: Pick<Report, 'threshold' | 'period' | 'previousPeriod'>;
}

/**
 * The row totals of both periods as paired horizontal bars, drawn in HTML rather than a scaled
 * drawing: the labels are page text, so they stay readable on a phone and wrap instead of being
 * cut. The figures themselves are in the table beside; the chart's text alternative says so, and
 * hidden (suppressed) figures get no bar, only their marker.
 */
export function ReportChart({ table, report }: ReportChartProps) {
  const { t, i18n } = useTranslation();
  const values = [...table.current.rowTotals, ...table.previous.rowTotals].map((c) => c.value ?? 0);
  const max = Math.max(1, ...values);
  const label = t('statistics.chartLabel', {
    title: table.title,
    current: report.period.label,
    previous: report.previousPeriod.label,
  });

  return (
    <figure style={{ margin: 0 }} data-testid="report-chart">
      <div role="img" aria-label={label}>
        <Stack gap={10} aria-hidden="true">
          {table.rows.map((row, r) => (
            <div key={row.code}>
              <Text size="sm" lh={1.3}>
                {row.label}
              </Text>
              {[
                { cell: table.current.rowTotals[r], colour: currentColour },
                { cell: table.previous.rowTotals[r], colour: previousColour },
              ].map(({ cell, colour }) => (
                <Group key={colour} gap={6} wrap="nowrap" mt={2}>
                  <div
                    style={{
                      width: `${((cell?.value ?? 0) / max) * 85}%`,
                      minWidth: (cell?.value ?? 0) > 0 ? 2 : 0,
                      height: 12,
                      background: colour,
                    }}
                  />
                  <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                    {cell ? cellText(cell, table.measure, i18n.language) : ''}
                  </Text>
                </Group>
              ))}
            </div>
          ))}
        </Stack>
      </div>
      <Group component="figcaption" gap="md" mt="xs">
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
