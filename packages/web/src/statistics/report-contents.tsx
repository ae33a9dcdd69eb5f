import { Anchor, Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../api/types.ts';

/** The id of a table's heading: the anchor the contents link to. */
export function tableHeadingId(key: string): string {
  return `table-${key.replace(/[^a-z0-9]+/gi, '-')}`;
}

export const contentsId = 'report-contents';

/**
 * The report's contents: the summary and every table, each a link to its heading, so a reader
 * of a long report goes straight to the figure a question is about.
 */
export function ReportContents({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="nav" aria-labelledby={contentsId} data-testid="report-contents">
      <Title order={2} size="h4" id={contentsId} mb="xs">
        {t('reportContents.title')}
      </Title>
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        spacing={4}
        verticalSpacing={4}
        component="ol"
        style={{ margin: 0, paddingInlineStart: 20 }}
      >
        <li>
          <Anchor href="#report-summary" size="sm">
            {t('statistics.summary')}
          </Anchor>
        </li>
        {report.tables.map((table) => (
          <li key={table.key}>
            <Anchor href={`#${tableHeadingId(table.key)}`} size="sm">
              {table.title}
            </Anchor>
          </li>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
