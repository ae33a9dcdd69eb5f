import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { readScreeningDraft } from './screening-draft.ts';
import { ScreeningForm } from './screening-form.tsx';
import { ScreeningHistory } from './screening-history.tsx';

/** Past screenings, newest first, and the form for a new one. */
export function ScreeningsTab({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  // A screening left unfinished in this tab (a reload, a dropped connection) opens again.
  const [open, setOpen] = useState(() => file.may.contribute && readScreeningDraft(file.person.id) !== null);
  const [recorded, setRecorded] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const canScreen = file.may.contribute;

  const done = (wasRecorded: boolean) => {
    setOpen(false);
    setRecorded(wasRecorded);
    // The form closes: focus moves to the history, where the new screening now is.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3" ref={heading} tabIndex={-1}>
          {t('screening.history')}
        </Title>
        {canScreen && !open ? (
          <Button
            onClick={() => {
              setRecorded(false);
              setOpen(true);
            }}
            data-testid="new-screening"
          >
            {t('screening.new')}
          </Button>
        ) : null}
      </Group>
      {recorded ? (
        <Alert color="teal" role="status">
          {t('screening.recorded')}
        </Alert>
      ) : null}
      {open ? <ScreeningForm file={file} onDone={done} /> : null}
      {file.screenings.length === 0 ? <Text>{t('screening.none')}</Text> : <ScreeningHistory file={file} />}
    </Stack>
  );
}
