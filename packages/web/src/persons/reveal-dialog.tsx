import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  busy: boolean;
  onReveal: (reason: string) => void;
  onCancel: () => void;
}

/**
 * The deliberate second step before an identity is shown: it says the action is recorded and
 * asks why. Built like ConfirmDialog (no <header>, a named close button, no transition).
 */
export function RevealDialog({ opened, busy, onReveal, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal.Root opened={opened} onClose={onCancel} centered transitionProps={{ duration: 0 }}>
      <Modal.Overlay />
      <Modal.Content data-testid="reveal-dialog">
        <Modal.Header {...{ component: 'div' }}>
          <Modal.Title fw={700}>{t('identity.revealTitle')}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>
          <Stack>
            <Text>{t('identity.revealWarning')}</Text>
            <Textarea
              label={t('identity.revealReason')}
              description={t('identity.revealReasonHelp')}
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button color="red.9" loading={busy} onClick={() => onReveal(reason)}>
                {t('identity.reveal')}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
