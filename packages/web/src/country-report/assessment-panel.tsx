import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import {
  type CountryAssessment,
  useAssessment,
  useSaveCriterionAssessment,
  type Verdict,
} from './country-report-queries.ts';

const verdicts: Verdict[] = ['improved', 'unchanged', 'worse', 'no_data'];
const colours: Record<Verdict, string> = {
  improved: 'green',
  unchanged: 'gray',
  worse: 'red',
  no_data: 'yellow',
};

/** The system's reading of each criterion from the figures, and the coordinator's own beside it. */
export function AssessmentPanel({ year, locale }: { year: number; locale: Locale }) {
  const { t } = useTranslation();
  const assessment = useAssessment(year, locale);
  if (assessment.isPending) return <PageLoader />;
  if (!assessment.data)
    return <ErrorAlert error={assessment.error} onRetry={() => void assessment.refetch()} />;
  const data = assessment.data;
  return (
    <Stack gap="lg">
      <Alert color="blue" title={t('countryReport.advisory')} data-testid="advisory">
        {data.advisory.text}
      </Alert>
      <Title order={2}>{t('countryReport.weaknesses')}</Title>
      {data.weaknesses.length === 0 ? <Text>{t('countryReport.noWeaknesses')}</Text> : null}
      <List data-testid="weaknesses">
        {data.weaknesses.map((w) => (
          <List.Item key={w.evidence}>{w.finding}</List.Item>
        ))}
      </List>
      {data.criteria.map((criterion) => (
        <CriterionBlock key={criterion.key} criterion={criterion} data={data} year={year} />
      ))}
    </Stack>
  );
}

function CriterionBlock({
  criterion,
  data,
  year,
}: {
  criterion: CountryAssessment['criteria'][number];
  data: CountryAssessment;
  year: number;
}) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const own = data.coordinator[criterion.key];
  const [verdict, setVerdict] = useState<Verdict>(own?.verdict ?? criterion.verdict);
  const [notes, setNotes] = useState(own?.notes ?? '');
  const save = useSaveCriterionAssessment();
  const id = `criterion-${criterion.key.replace(/\./g, '-')}`;
  return (
    <Stack gap="xs" data-testid={id}>
      <Title order={3}>
        {criterion.reference}: {criterion.title}
      </Title>
      <Group gap="xs">
        <Text size="sm">{t('countryReport.systemVerdict')}</Text>
        <Badge color={colours[criterion.verdict]} variant="light" data-testid="system-verdict">
          {t(`countryReport.verdicts.${criterion.verdict}`)}
        </Badge>
      </Group>
      <TableScroll label={criterion.title}>
        <Table withTableBorder>
          <caption>
            {t('countryReport.evidenceCaption', {
              period: data.period.label,
              previous: data.previousPeriod.label,
            })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('countryReport.evidence')}</Table.Th>
              <Table.Th scope="col">{data.period.label}</Table.Th>
              <Table.Th scope="col">{data.previousPeriod.label}</Table.Th>
              <Table.Th scope="col">{t('countryReport.trend')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criterion.evidence.map((e) => (
              <Table.Tr key={e.key}>
                <Table.Th scope="row" fw={400}>
                  {e.label}
                  {e.weakness ? (
                    <Text size="sm" c="red.9">
                      {e.weakness}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{e.current ?? '–'}</Table.Td>
                <Table.Td>{e.previous ?? '–'}</Table.Td>
                <Table.Td>{t(`countryReport.verdicts.${e.trend}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {can(permissions, 'country_report:update') ? (
        <Group align="end">
          <NativeSelect
            label={t('countryReport.yourVerdict')}
            value={verdict}
            onChange={(event) => setVerdict(event.currentTarget.value as Verdict)}
            data={verdicts.map((v) => ({ value: v, label: t(`countryReport.verdicts.${v}`) }))}
            data-testid="coordinator-verdict"
          />
          <Textarea
            label={t('countryReport.notes')}
            value={notes}
            maxLength={4000}
            autosize
            style={{ flex: 1 }}
            onChange={(event) => setNotes(event.currentTarget.value)}
            data-testid="coordinator-notes"
          />
          <Button
            onClick={() =>
              save.mutate({ criterion: criterion.key, year, verdict, notes, version: own?.version ?? 0 })
            }
            loading={save.isPending}
            data-testid="criterion-save"
          >
            {t('countryReport.saveAssessment')}
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={save.error} />
      {own ? <Text size="sm">{t('countryReport.assessedBy')}</Text> : null}
    </Stack>
  );
}
