import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { type IdentityDraft, identityDraftFrom } from './identity-draft.ts';
import { IdentityEditForm } from './identity-edit-form.tsx';
import { useRevealIdentity } from './person-queries.ts';
import { RevealDialog } from './reveal-dialog.tsx';
import { RevealedIdentityView } from './revealed-identity-view.tsx';

interface Revealed {
  identity: IdentityDraft;
  grounds: { decisionId: string; grounds: string }[];
}

/**
 * Hidden by default; "Show identity" asks for a reason and is recorded by the server. What it
 * returns lives only in this component's state: leaving the page forgets it.
 */
export function IdentityTab({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const reveal = useRevealIdentity(file.person.id);
  const [asking, setAsking] = useState(false);
  const [editing, setEditing] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const withSensitive = file.canReveal.sensitive;
  const { reset } = reveal;
  // Belt and braces: the mutation's answer is dropped as soon as it has been copied into state.
  useEffect(() => () => reset(), [reset]);

  const onReveal = (reason: string) =>
    reveal.mutate(reason, {
      onSuccess: (data) => {
        setRevealed({ identity: identityDraftFrom(data.identity), grounds: data.decisionGrounds });
        setAsking(false);
        reset();
        requestAnimationFrame(() => heading.current?.focus());
      },
    });
  const hide = () => {
    setRevealed(null);
    setEditing(false);
    requestAnimationFrame(() => showButton.current?.focus());
  };

  if (!file.canReveal.identity) {
    return (
      <Alert color="blue" role="note">
        {t('identity.notAllowed')}
      </Alert>
    );
  }
  if (!revealed) {
    return (
      <Stack maw={720} gap="sm">
        <Text>{t('identity.hidden')}</Text>
        <ErrorAlert error={reveal.error} />
        <Button ref={showButton} w="fit-content" onClick={() => setAsking(true)} data-testid="show-identity">
          {t('identity.show')}
        </Button>
        <RevealDialog
          opened={asking}
          busy={reveal.isPending}
          onReveal={onReveal}
          onCancel={() => setAsking(false)}
        />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3" ref={heading} tabIndex={-1}>
          {t('identity.title')}
        </Title>
        <Group gap="xs">
          {file.may.edit_identity && !editing ? (
            <Button variant="outline" onClick={() => setEditing(true)}>
              {t('identity.edit')}
            </Button>
          ) : null}
          <Button variant="default" onClick={hide}>
            {t('identity.hide')}
          </Button>
        </Group>
      </Group>
      <Alert color="orange" role="note">
        {t('identity.shownNote')}
      </Alert>
      {editing ? (
        <IdentityEditForm
          personId={file.person.id}
          initial={revealed.identity}
          withSensitive={withSensitive}
          onSaved={(identity) => {
            setRevealed({ ...revealed, identity });
            setEditing(false);
            requestAnimationFrame(() => heading.current?.focus());
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <RevealedIdentityView
          identity={revealed.identity}
          withSensitive={withSensitive}
          grounds={revealed.grounds}
          decisions={file.decisions}
        />
      )}
    </Stack>
  );
}
