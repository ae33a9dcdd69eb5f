import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import {
  type CountryNarrative,
  narrativeFileUrl,
  useNarrative,
  useSaveNarrativeEdit,
} from './country-report-queries.ts';
import { ReleasePanel } from './release-panel.tsx';

type Part = CountryNarrative['parts'][number];

/** The narrative part by part: the draft from the figures, the edit beside it, changed numbers flagged. */
export function NarrativePanel({ year, locale }: { year: number; locale: Locale }) {
  const { t } = useTranslation();
  const narrative = useNarrative(year, locale);
  return (
    <Stack gap="lg">
      <Group>
        <Anchor href={narrativeFileUrl('docx', year, locale)} data-testid="narrative-docx">
          {t('countryReport.downloadDocx')}
        </Anchor>
        <Anchor href={narrativeFileUrl('pdf', year, locale)} data-testid="narrative-pdf">
          {t('countryReport.downloadPdf')}
        </Anchor>
      </Group>
      {narrative.isPending ? <PageLoader /> : null}
      <ErrorAlert error={narrative.error} onRetry={() => void narrative.refetch()} />
      {narrative.data?.parts.map((part) => (
        <PartEditor key={`${part.part}-${part.version}`} part={part} year={year} locale={locale} />
      ))}
      {narrative.data ? <ReleasePanel document="narrative" year={year} /> : null}
    </Stack>
  );
}

function PartEditor({ part, year, locale }: { part: Part; year: number; locale: Locale }) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const [text, setText] = useState(part.text);
  const save = useSaveNarrativeEdit();
  const editable = can(permissions, 'country_report:update');
  const id = `part-${part.part}`;
  return (
    <Stack gap="xs" data-testid={id}>
      <Title order={2}>{part.title}</Title>
      {part.changedNumbers.length > 0 ? (
        <Alert color="yellow" title={t('countryReport.changedNumbers')} data-testid="changed-numbers">
          {part.changedNumbers
            .map((c) =>
              t(c.kind === 'added' ? 'countryReport.numberAdded' : 'countryReport.numberRemoved', {
                number: c.number,
              }),
            )
            .join('; ')}
        </Alert>
      ) : null}
      {part.draftChanged ? (
        <Alert color="yellow" data-testid="draft-changed">
          {t('countryReport.draftChanged')}
        </Alert>
      ) : null}
      {part.edited !== null ? (
        <details>
          <summary>{t('countryReport.showDraft')}</summary>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="part-draft">
            {part.draft}
          </Text>
        </details>
      ) : null}
      {editable ? (
        <>
          <Textarea
            label={t('countryReport.text', { part: part.title })}
            value={text}
            autosize
            minRows={4}
            maxLength={20_000}
            onChange={(event) => setText(event.currentTarget.value)}
            data-testid="part-text"
          />
          <ErrorAlert error={save.error} />
          <Group>
            <Button
              onClick={() => save.mutate({ part: part.part, year, locale, text, version: part.version })}
              loading={save.isPending}
              disabled={text.trim() === part.text}
              data-testid="part-save"
            >
              {t('countryReport.saveEdit')}
            </Button>
            {part.edited !== null ? <Text size="sm">{t('countryReport.edited')}</Text> : null}
          </Group>
        </>
      ) : (
        <Text style={{ whiteSpace: 'pre-wrap' }}>{part.text}</Text>
      )}
    </Stack>
  );
}
