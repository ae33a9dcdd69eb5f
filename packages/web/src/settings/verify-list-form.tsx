import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorListSummary, Locale } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { useVerifyIndicatorList } from './indicator-list-queries.ts';

interface Props {
  list: IndicatorListSummary;
  locale: Locale;
  onClose: () => void;
}

/**
 * The administrator records that a version matches a document, item by item. Flagged items must
 * be confirmed as checked; a version that differs is not verified but replaced by a corrected one.
 */
export function VerifyListForm({ list, locale, onClose }: Props) {
  const { t } = useTranslation();
  const verify = useVerifyIndicatorList();
  const errors = useFieldErrors(verify.error);
  const [document, setDocument] = useState('');
  const [page, setPage] = useState('');
  const [note, setNote] = useState('');
  const [flaggedChecked, setFlaggedChecked] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const flagged = list.underReview.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = [
      ...(document.trim() ? [] : ['document']),
      ...(flagged > 0 && !flaggedChecked ? ['flaggedItemsChecked'] : []),
    ];
    setMissing(gaps);
    if (gaps.length > 0) return;
    verify.mutate({
      key: list.key,
      version: list.version,
      document: document.trim(),
      page: page.trim() || null,
      note: note.trim() || null,
      flaggedItemsChecked: flaggedChecked,
    });
  };

  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={submit} noValidate aria-labelledby="verify-list-title" data-testid="verify-list-form">
        <Stack>
          <Title order={2} size="h4" id="verify-list-title">
            {t('provenance.verifyTitle', {
              title: list.title[locale] || list.title.en,
              version: list.version,
            })}
          </Title>
          <Text size="sm">{t('provenance.verifyIntro')}</Text>
          <ErrorAlert error={verify.error} />
          {verify.data ? (
            <Alert color="teal" role="status">
              {t('provenance.done', { version: String(verify.data.version) })}
            </Alert>
          ) : null}
          <TextInput
            label={t('provenance.document')}
            description={t('provenance.documentHelp')}
            required
            value={document}
            onChange={(e) => setDocument(e.currentTarget.value)}
            error={
              missing.includes('document')
                ? t('fieldErrors.requiredNamed', { field: t('provenance.document') })
                : errors.document
            }
            maxLength={500}
          />
          <TextInput
            label={t('provenance.pageLabel')}
            value={page}
            onChange={(e) => setPage(e.currentTarget.value)}
            maxLength={100}
          />
          <Textarea
            label={t('provenance.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {flagged > 0 ? (
            <Checkbox
              label={t('provenance.flaggedChecked', { count: flagged })}
              checked={flaggedChecked}
              onChange={(e) => setFlaggedChecked(e.currentTarget.checked)}
              error={
                missing.includes('flaggedItemsChecked')
                  ? t('provenance.flaggedRequired')
                  : errors.flaggedItemsChecked
              }
            />
          ) : null}
          <Group>
            <Button type="submit" loading={verify.isPending} disabled={Boolean(verify.data)}>
              {t('provenance.submit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
