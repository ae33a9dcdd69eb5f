import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import {
  type ImportUpload,
  readFileBase64,
  useCheckImport,
  useHistoricImports,
  useImportTemplate,
  useRunImport,
} from './historic-import-queries.ts';
import { ImportReportView } from './import-report-view.tsx';

/**
 * Loading previous years, for the administrator: the template, the upload with its dry run
 * shown as a preview (every error by sheet, row and column), then a confirmed import of that
 * same file, and the runs so far.
 */
export function HistoricImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('historicImport.title'));
  return (
    <RequirePermission permission="historic_import:create">
      <Stack>
        <Title order={1}>{t('historicImport.title')}</Title>
        <Text maw={760}>{t('historicImport.intro')}</Text>
        <TemplateLinks />
        <UploadForm />
        <RunsTable />
      </Stack>
    </RequirePermission>
  );
}

function TemplateLinks() {
  const { t } = useTranslation();
  const template = useImportTemplate();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('historicImport.template')}
      </Title>
      <Group>
        <Button
          component="a"
          href="/api/historic-imports/template.xlsx"
          download
          variant="outline"
          data-testid="template-xlsx"
        >
          {t('historicImport.downloadXlsx')}
        </Button>
      </Group>
      <ErrorAlert error={template.error} />
      {template.data ? (
        <Text size="sm" component="div">
          {t('historicImport.csvFiles')}{' '}
          <List
            size="sm"
            listStyleType="none"
            display="inline-flex"
            style={{ gap: '0.75rem', flexWrap: 'wrap' }}
          >
            {[...template.data.sheets.map((s) => s.name), ...template.data.codeLists.map((l) => l.key)].map(
              (name) => (
                <List.Item key={name}>
                  <Anchor href={`/api/historic-imports/template/${name}.csv`} download underline="always">
                    {/* The file's own name, to be kept as it is: an identifier, not a word. */}
                    <code>{name}.csv</code>
                  </Anchor>
                </List.Item>
              ),
            )}
          </List>
        </Text>
      ) : null}
    </Stack>
  );
}

function UploadForm() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const check = useCheckImport();
  const run = useRunImport();
  const [organisationId, setOrganisationId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [confirming, setConfirming] = useState(false);
  const options = (organisations.data ?? [])
    .filter((o) => o.active && o.type !== 'system_operator')
    .map((o) => ({ value: o.id, label: o.name }));

  const submit = async () => {
    if (!file || !organisationId) return;
    run.reset();
    const body = { organisationId, fileName: file.name, contentBase64: await readFileBase64(file) };
    setUpload(body);
    check.mutate(body);
  };
  const checked = check.data && upload ? check.data : null;
  const result = run.data ?? null;

  return (
    <Stack maw={980} data-testid="historic-import-upload">
      <Title order={2} size="h3">
        {t('historicImport.upload')}
      </Title>
      <NativeSelect
        label={t('historicImport.organisation')}
        description={t('historicImport.organisationHelp')}
        data={[{ value: '', label: t('historicImport.choose') }, ...options]}
        value={organisationId}
        onChange={(e) => {
          setOrganisationId(e.currentTarget.value);
          check.reset();
        }}
        required
      />
      <FileInput
        label={t('historicImport.file')}
        description={t('historicImport.fileHelp')}
        accept=".xlsx,.csv,.zip"
        required
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          check.reset();
          run.reset();
        }}
        data-testid="import-file"
      />
      <Group>
        <Button
          onClick={() => void submit()}
          loading={check.isPending}
          disabled={!file || !organisationId}
          data-testid="import-check"
        >
          {t('historicImport.check')}
        </Button>
      </Group>
      <ErrorAlert error={check.error ?? run.error} />
      {result ? (
        <Alert
          color={result.outcome === 'imported' ? 'teal' : 'red'}
          role="status"
          data-testid="import-result"
        >
          {result.outcome === 'imported' ? t('historicImport.imported') : t('historicImport.refused')}
        </Alert>
      ) : null}
      {checked && !result ? (
        <Stack data-testid="import-preview">
          <Title order={2} size="h3">
            {t('historicImport.preview')}
          </Title>
          <ImportReportView report={checked} />
          {checked.errors.length === 0 ? (
            <Group>
              <Button color="teal.9" onClick={() => setConfirming(true)} data-testid="import-confirm">
                {t('historicImport.confirm')}
              </Button>
            </Group>
          ) : (
            <Alert color="orange" role="status">
              {t('historicImport.fixFirst')}
            </Alert>
          )}
        </Stack>
      ) : null}
      {result ? <ImportReportView report={result} /> : null}
      <ConfirmDialog
        opened={confirming}
        title={t('historicImport.confirmTitle')}
        message={t('historicImport.confirmText', { file: upload?.fileName ?? '' })}
        confirmLabel={t('historicImport.confirm')}
        busy={run.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          if (!upload || !checked) return;
          run.mutate(
            { ...upload, expectedSha256: checked.fileSha256 },
            { onSettled: () => setConfirming(false) },
          );
        }}
      />
    </Stack>
  );
}

function RunsTable() {
  const { t } = useTranslation();
  const runs = useHistoricImports();
  const format = useFormat();
  if (!runs.data) return <ErrorAlert error={runs.error} />;
  if (runs.data.length === 0) return <Text c="dimmed">{t('historicImport.noRuns')}</Text>;
  return (
    <TableScroll label={t('historicImport.runsCaption')}>
      <Table striped verticalSpacing="xs" data-testid="import-runs">
        <Table.Caption>{t('historicImport.runsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('historicImport.when')}</Table.Th>
            <Table.Th scope="col">{t('historicImport.organisation')}</Table.Th>
            <Table.Th scope="col">{t('historicImport.file')}</Table.Th>
            <Table.Th scope="col">{t('historicImport.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.data.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>{format.dateTime(run.importedAt)}</Table.Td>
              <Table.Td>{run.organisationName}</Table.Td>
              <Table.Td>
                {run.fileName}{' '}
                <Text span size="xs" c="dimmed">
                  sha256 {run.fileSha256.slice(0, 12)}
                </Text>
              </Table.Td>
              <Table.Td>{Object.values(run.counts).reduce((sum, c) => sum + c.created, 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
