import { Anchor, List, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { type SubmissionKey, submissionXlsxUrl, useSubmission } from './country-report-queries.ts';
import { ReleasePanel } from './release-panel.tsx';

/** One questionnaire at a time, in the body's own (English) words, with its workbook to download. */
export function SubmissionsPanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [template, setTemplate] = useState<SubmissionKey>('tip');
  const filled = useSubmission(template, year);
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('countryReport.questionnaire')}
        value={template}
        onChange={(value) => setTemplate(value as SubmissionKey)}
        data={[
          { value: 'tip', label: t('countryReport.templates.tip') },
          { value: 'greta', label: t('countryReport.templates.greta') },
          { value: 'glotip', label: t('countryReport.templates.glotip') },
        ]}
      />
      {filled.isPending ? <PageLoader /> : null}
      <ErrorAlert error={filled.error} onRetry={() => void filled.refetch()} />
      {filled.data ? (
        <>
          <Title order={2}>
            {filled.data.template.title}, {filled.data.period.label}
          </Title>
          <Text size="sm">{filled.data.template.body}</Text>
          <Anchor href={submissionXlsxUrl(template, year)} data-testid="submission-xlsx">
            {t('countryReport.downloadXlsx')}
          </Anchor>
          <TableScroll label={filled.data.template.title}>
            <Table striped withTableBorder data-testid="submission-table">
              <caption>{t('countryReport.answersCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('countryReport.section')}</Table.Th>
                  <Table.Th scope="col">{t('countryReport.question')}</Table.Th>
                  <Table.Th scope="col">{t('countryReport.period')}</Table.Th>
                  <Table.Th scope="col">{t('countryReport.figure')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {filled.data.cells.map((cell) => (
                  <Table.Tr key={cell.key} data-testid={`answer-${cell.key}`}>
                    <Table.Td>{cell.section}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {cell.label}
                    </Table.Th>
                    <Table.Td>
                      {cell.period === 'current'
                        ? filled.data.period.label
                        : filled.data.previousPeriod.label}
                    </Table.Td>
                    <Table.Td data-testid="answer-value">
                      {cell.value === null ? t('countryReport.noFigure') : format.number(cell.value)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Title order={3}>{t('countryReport.unfilled')}</Title>
          <List data-testid="unfilled-list">
            {filled.data.template.unfilled.map((question) => (
              <List.Item key={question.key}>
                <Text span fw={600}>
                  {question.label}
                </Text>
                : {question.reason}
              </List.Item>
            ))}
          </List>
          <ReleasePanel document={template} year={year} />
        </>
      ) : null}
    </Stack>
  );
}
