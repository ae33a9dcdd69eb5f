import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../api/types.ts';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { type ReleaseSummary, usePublishRelease } from './release-queries.ts';

/** The latest national release of a reporting year, which publishing again would correct. */
function latestOf(releases: readonly ReleaseSummary[], year: number): ReleaseSummary | undefined {
  return releases.find((r) => r.source.kind === 'national' && r.period.from.startsWith(`${year}-`));
}

/**
 * Publish the national published view of a reporting year: languages, and when the year was
 * released before, what the new release corrects (required). A confirmation says it cannot be
 * undone; the new release opens when it is stored.
 */
export function PublishReleaseForm({
  releases,
  onPublished,
}: {
  releases: readonly ReleaseSummary[];
  onPublished: (id: string) => void;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => thisYear - i);
  const [year, setYear] = useState(thisYear - 1);
  const [chosen, setChosen] = useState<string[]>([...locales]);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<'reason' | 'locales' | null>(null);
  const publish = usePublishRelease();
  const serverErrors = useFieldErrors(publish.error);
  const previous = latestOf(releases, year);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) return setMissing('locales');
    if (previous && reason.trim() === '') return setMissing('reason');
    setMissing(null);
    setConfirming(true);
  };
  const confirm = () =>
    publish.mutate(
      { year, locales: chosen as Locale[], ...(previous ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (release) => {
          setReason('');
          onPublished(release.id);
        },
        onSettled: () => setConfirming(false),
      },
    );

  return (
    <form onSubmit={submit} noValidate data-testid="publish-release-form">
      <Stack maw={640} gap="sm">
        <Title order={2}>{t('releases.publishTitle')}</Title>
        <NativeSelect
          label={t('releases.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={years.map((y) => String(y))}
          w={200}
        />
        <Checkbox.Group
          label={t('releases.languages')}
          value={chosen}
          onChange={setChosen}
          error={missing === 'locales' ? t('releases.languagesRequired') : serverErrors.locales}
        >
          <Group mt="xs">
            {locales.map((l) => (
              <Checkbox key={l} value={l} label={t(`releases.locale.${l}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {previous ? (
          <>
            <Alert color="blue" data-testid="correction-notice">
              {t('releases.correctionNotice', { number: previous.number, period: previous.period.label })}
            </Alert>
            <Textarea
              label={t('releases.reason')}
              description={t('releases.reasonHelp')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={missing === 'reason' ? t('releases.reasonRequired') : serverErrors.reason}
            />
          </>
        ) : null}
        <ErrorAlert error={publish.error} />
        <Button type="submit" w="fit-content" data-testid="publish-release">
          {previous ? t('releases.publishCorrection') : t('releases.publish')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={previous ? t('releases.publishCorrection') : t('releases.publish')}
        message={t('releases.confirm', { year })}
        confirmLabel={t('releases.confirmPublish')}
        busy={publish.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
