import { Alert, Button, Code, FileInput, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorListSummary } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useIndicatorLists } from '../persons/identification-queries.ts';
import { ListProvenance } from '../persons/list-provenance.tsx';
import { useLoadIndicatorList } from './indicator-list-queries.ts';
import { parseListFile, uploadProblems } from './indicator-list-upload.ts';
import { VerifyListForm } from './verify-list-form.tsx';

export function IndicatorListsPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicatorLists.title'));
  const lists = useIndicatorLists();
  return (
    <RequirePermission permission="configuration:update">
      <Stack>
        <Title order={1}>{t('indicatorLists.title')}</Title>
        <Text maw={720}>{t('indicatorLists.intro')}</Text>
        <LoadListForm />
        {lists.isPending ? <PageLoader /> : null}
        <ErrorAlert error={lists.error} onRetry={() => void lists.refetch()} />
        {lists.data ? <ListsTable lists={lists.data} /> : null}
      </Stack>
    </RequirePermission>
  );
}

/** A JSON file chosen here is parsed in the browser and posted as is; the server validates it. */
function LoadListForm() {
  const { t } = useTranslation();
  const load = useLoadIndicatorList();
  const [file, setFile] = useState<File | null>(null);
  const [notJson, setNotJson] = useState(false);
  const problems = uploadProblems(load.error);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setNotJson(false);
    load.reset();
    if (!chosen) return;
    const body = parseListFile(await chosen.text());
    if (body) load.mutate(body);
    else setNotJson(true);
  };

  return (
    <Stack maw={640} data-testid="indicator-list-upload">
      <FileInput
        label={t('indicatorLists.file')}
        description={t('indicatorLists.fileHelp')}
        accept="application/json,.json"
        clearable
        value={file}
        onChange={(chosen) => void choose(chosen)}
        disabled={load.isPending}
        error={notJson ? t('indicatorLists.notJson') : undefined}
      />
      {load.data ? (
        <Alert color="teal" role="status">
          {t('indicatorLists.created', { key: load.data.key, version: String(load.data.version) })}
        </Alert>
      ) : null}
      {problems.length > 0 ? (
        <Alert color="red" role="alert" title={t('indicatorLists.problems')}>
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={`${p.path}:${p.message}`}>
                <code>{p.path || t('indicatorLists.whole')}</code>: {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <ErrorAlert error={load.error} />
      )}
    </Stack>
  );
}

function ListsTable({ lists }: { lists: IndicatorListSummary[] }) {
  const { t, i18n } = useTranslation();
  const [verifying, setVerifying] = useState<string | null>(null);
  if (lists.length === 0) return <Text c="dimmed">{t('indicatorLists.empty')}</Text>;
  const lang = (['en', 'az', 'ru'] as const).find((l) => l === i18n.language) ?? 'en';
  const titleOf = (key: string) => lists.find((l) => l.key === key)?.title[lang] ?? key;
  const chosen = lists.find((l) => `${l.key}:${l.version}` === verifying);
  return (
    <Stack>
      {chosen ? <VerifyListForm list={chosen} locale={lang} onClose={() => setVerifying(null)} /> : null}
      <TableScroll label={t('indicatorLists.caption')}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t('indicatorLists.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicatorLists.key')}</Table.Th>
              <Table.Th scope="col">{t('indicatorLists.version')}</Table.Th>
              <Table.Th scope="col">{t('indicatorLists.listTitle')}</Table.Th>
              <Table.Th scope="col">{t('indicatorLists.population')}</Table.Th>
              <Table.Th scope="col">{t('indicatorLists.exploitation')}</Table.Th>
              <Table.Th scope="col">{t('indicatorLists.rule')}</Table.Th>
              <Table.Th scope="col">{t('provenance.columnStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lists.map((list) => (
              <Table.Tr key={`${list.key}:${list.version}`} data-testid="indicator-list-row">
                <Table.Td>
                  <Code>{list.key}</Code>
                </Table.Td>
                <Table.Td>{list.version}</Table.Td>
                <Table.Td>{list.title[lang] || list.title.en}</Table.Td>
                <Table.Td>{t(`indicatorLists.populations.${list.population}`)}</Table.Td>
                <Table.Td>{t(`indicatorLists.exploitations.${list.exploitation}`)}</Table.Td>
                <Table.Td>{t(`indicatorLists.rules.${list.rule}`)}</Table.Td>
                <Table.Td miw={320}>
                  <ListProvenance
                    list={list}
                    locale={lang}
                    titleOf={titleOf}
                    testId="indicator-list-provenance"
                  />
                  {list.status !== 'verified' ? (
                    <Button
                      size="xs"
                      variant="default"
                      mt="xs"
                      aria-label={`${t('provenance.verify')}: ${list.title[lang] || list.key}`}
                      onClick={() => setVerifying(`${list.key}:${list.version}`)}
                    >
                      {t('provenance.verify')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
